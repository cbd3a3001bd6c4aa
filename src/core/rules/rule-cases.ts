// One row per (rule, expected status): the smallest change to a healthy WorkOS flow that makes
// the rule fail, pass or become unknown. Used by rules.test.ts; kept apart so the table reads
// like the catalog.
import type { Status } from '../types.ts'
import { har, type Har } from '../../../fixtures/builder/har.ts'
import { scenarioEntries, type Scenario } from '../../../fixtures/builder/scenario.ts'
import { STORIES, workos } from '../../../fixtures/builder/stories.ts'
import {
  editCallback,
  editForm,
  editJson,
  editQuery,
  find,
  isAsMeta,
  isAuthorize,
  isChallenge,
  isMcpAuthed,
  isPrm,
  isRegister,
  isToken,
  type Edit,
} from '../../../fixtures/builder/mutate.ts'

export interface RuleCase {
  rule: string
  status: Status
  name: string
  har: () => Har
  severity?: 'error' | 'warning' | 'info'
}

const LOOPBACK = 'http://127.0.0.1:33418/'
const PROXY = { name: 'mitmproxy', version: '11.0.0' }

function capture(over: Partial<Scenario> = {}, edit?: Edit, creator = PROXY): () => Har {
  return () => {
    const specs = scenarioEntries(workos({ redirectUri: LOOPBACK, ...over }))
    edit?.(specs)
    return har(specs, creator)
  }
}
const story = (id: string) => () => STORIES.find((s) => s.id === id)!.har
const browserOnly = {
  parts: { challenge: false, discovery: false, registration: 'none' as const, token: false, mcp: false },
}
const HEALTHY = capture()
/** The same JWT with an `alg: none` header and no signature. */
const unsigned = (jwt: string) =>
  `${btoa(JSON.stringify({ alg: 'none', typ: 'at+jwt' }))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')}.${jwt.split('.')[1]}.`

const c = (rule: string, status: Status, name: string, h: () => Har, severity?: RuleCase['severity']): RuleCase => ({
  rule,
  status,
  name,
  har: h,
  ...(severity ? { severity } : {}),
})

export const RULE_CASES: RuleCase[] = [
  c('discovery.www-authenticate.missing', 'pass', 'challenge present', HEALTHY),
  c(
    'discovery.www-authenticate.missing',
    'fail',
    '401 without header',
    capture({}, (s) => {
      find(s, isChallenge).responseHeaders = {}
    }),
  ),
  c('discovery.www-authenticate.missing', 'unknown', 'no 401 captured', capture({ parts: { challenge: false } })),
  c('discovery.resource-metadata.missing', 'pass', 'pointer present', HEALTHY),
  c(
    'discovery.resource-metadata.missing',
    'fail',
    '2025-06-18: no pointer, not connected',
    capture({ protocolVersion: '2025-06-18', parts: { mcp: false } }, (s) => {
      find(s, isChallenge).responseHeaders = { 'www-authenticate': 'Bearer realm="mcp"' }
    }),
    'error',
  ),
  // On a connected flow nothing is an error (PRODUCT §5.7): a stricter client would stop, this one did not.
  c(
    'discovery.resource-metadata.missing',
    'fail',
    '2025-06-18: no pointer, connected anyway',
    capture({ protocolVersion: '2025-06-18' }, (s) => {
      find(s, isChallenge).responseHeaders = { 'www-authenticate': 'Bearer realm="mcp"' }
    }),
    'warning',
  ),
  c(
    'discovery.resource-metadata.missing',
    'fail',
    '2025-11-25: well-known PRM answered',
    capture({}, (s) => {
      find(s, isChallenge).responseHeaders = { 'www-authenticate': 'Bearer realm="mcp"' }
    }),
    'info',
  ),
  c('discovery.resource-metadata.missing', 'unknown', 'no 401 captured', capture({ parts: { challenge: false } })),
  c(
    'discovery.cors.www-authenticate-hidden',
    'fail',
    'browser 401 without expose',
    capture({}, (s) => {
      const ch = find(s, isChallenge)
      ch.requestHeaders = { ...ch.requestHeaders, origin: 'http://localhost:6274' }
      ch.responseHeaders = { ...ch.responseHeaders, 'access-control-allow-origin': '*' }
    }),
  ),
  // The common real shape: the auth check answers before the CORS middleware runs, so the 401 has no CORS headers.
  c(
    'discovery.cors.www-authenticate-hidden',
    'fail',
    'browser 401 without any CORS header',
    capture({}, (s) => {
      const ch = find(s, isChallenge)
      ch.requestHeaders = { ...ch.requestHeaders, origin: 'https://chat.example.org' }
    }),
    'warning',
  ),
  c(
    'discovery.cors.www-authenticate-hidden',
    'fail',
    'browser 401 without CORS, client stops there',
    story('browser-cors-hidden'),
    'error',
  ),
  c(
    'discovery.cors.www-authenticate-hidden',
    'pass',
    'browser 401 exposes it',
    capture({}, (s) => {
      const ch = find(s, isChallenge)
      ch.requestHeaders = { ...ch.requestHeaders, origin: 'http://localhost:6274' }
      ch.responseHeaders = {
        ...ch.responseHeaders,
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'Mcp-Session-Id, WWW-Authenticate',
      }
    }),
  ),
  c('prm.not-requested', 'pass', 'pointer followed', HEALTHY),
  c('prm.not-requested', 'fail', 'pointer ignored', capture({ parts: { discovery: false } })),
  c('prm.http-status', 'pass', '200', HEALTHY),
  c(
    'prm.http-status',
    'fail',
    '404',
    capture({}, (s) => {
      const p = find(s, isPrm)
      p.status = 404
      p.responseBody = { mimeType: 'text/html', text: '<h1>Not Found</h1>' }
    }),
  ),
  c('prm.http-status', 'unknown', 'no PRM request', capture({ parts: { discovery: false } })),
  c('prm.not-json', 'pass', 'JSON', HEALTHY),
  c(
    'prm.not-json',
    'fail',
    'SPA fallback HTML',
    capture({}, (s) => {
      find(s, isPrm).responseBody = { mimeType: 'text/html', text: '<!doctype html><div id=root></div>' }
    }),
  ),
  c('prm.resource.missing', 'pass', 'present', HEALTHY),
  c('prm.resource.missing', 'fail', 'absent', capture({ prmResource: null })),
  c('prm.resource.mismatch', 'pass', 'exact', HEALTHY),
  c('prm.resource.mismatch', 'fail', 'origin only', capture({ prmResource: 'https://mcp.example.com' })),
  c('prm.resource.mismatch', 'fail', 'trailing slash', capture({ prmResource: 'https://mcp.example.com/tenant/mcp/' })),
  c('prm.authorization-servers.missing', 'pass', 'listed', HEALTHY),
  c(
    'prm.authorization-servers.missing',
    'fail',
    'empty list',
    capture({}, (s) =>
      editJson(find(s, isPrm), 'responseBody', (o) => {
        o.authorization_servers = []
      }),
    ),
  ),
  c('asmeta.http-status', 'pass', '200', HEALTHY),
  c(
    'asmeta.http-status',
    'fail',
    'every probe 404',
    capture({}, (s) => {
      const m = find(s, isAsMeta)
      m.status = 404
      m.responseBody = { mimeType: 'text/html', text: 'not found' }
    }),
  ),
  c('asmeta.http-status', 'unknown', 'no metadata request', capture({ parts: { discovery: false } })),
  c('asmeta.issuer.mismatch', 'pass', 'same issuer', HEALTHY),
  c(
    'asmeta.issuer.mismatch',
    'fail',
    'trailing slash',
    capture({ metadataIssuer: 'https://bright-lotus-41.authkit.app/' }),
  ),
  c('asmeta.pkce.absent', 'pass', 'S256 advertised', HEALTHY),
  c('asmeta.pkce.absent', 'fail', 'field missing', capture({ pkceMethods: null })),
  c('asmeta.pkce.absent', 'fail', 'plain only', capture({ pkceMethods: ['plain'] })),
  c('asmeta.registration.absent', 'pass', 'registration endpoint advertised', HEALTHY),
  c('asmeta.registration.absent', 'pass', 'no endpoint, pre-registered client id', story('entra-guid-accepted')),
  c('asmeta.registration.absent', 'fail', 'no endpoint, no CIMD, no client id', story('no-registration-endpoint')),
  c(
    'dcr.application-type.missing',
    'pass',
    '2026-07-28 native client with a loopback redirect',
    capture({ protocolVersion: '2026-07-28' }, (s) =>
      editJson(find(s, isRegister), 'requestBody', (o) => {
        o.application_type = 'native'
      }),
    ),
  ),
  c(
    'dcr.application-type.missing',
    'fail',
    '2026-07-28 registration without it',
    story('dcr-no-application-type'),
    'error',
  ),
  c('asmeta.required-fields', 'pass', 'complete', HEALTHY),
  c(
    'asmeta.required-fields',
    'fail',
    'no token_endpoint',
    capture({}, (s) =>
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        delete o.token_endpoint
      }),
    ),
  ),
  c('dcr.response.status', 'pass', '201', HEALTHY),
  c(
    'dcr.response.status',
    'fail',
    '400 invalid_redirect_uri',
    capture({ dcrError: { status: 400, error: 'invalid_redirect_uri', description: 'not allowed' } }),
  ),
  c('dcr.redirect-uris.missing', 'pass', 'listed', HEALTHY),
  c(
    'dcr.redirect-uris.missing',
    'fail',
    'absent',
    capture({}, (s) =>
      editJson(find(s, isRegister), 'requestBody', (o) => {
        delete o.redirect_uris
      }),
    ),
  ),
  c('cimd.client-id.format', 'pass', 'https with a path', story('cimd-client')),
  c(
    'cimd.client-id.format',
    'fail',
    'http without a path',
    capture({ clientId: 'http://client.example.com', parts: { registration: 'cimd' } }),
  ),
  c('authorize.redirect-uri.unregistered', 'pass', 'registered', HEALTHY),
  c(
    'authorize.redirect-uri.unregistered',
    'pass',
    'loopback port differs',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('redirect_uri', 'http://127.0.0.1:50123/'))),
  ),
  c(
    'authorize.redirect-uri.unregistered',
    'fail',
    'another URI',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('redirect_uri', 'https://evil.example.net/cb'))),
  ),
  c(
    'authorize.redirect-uri.unregistered',
    'unknown',
    'no registration captured',
    capture({ parts: { registration: 'none' } }),
  ),
  c('pkce.challenge.missing', 'pass', 'challenge sent', HEALTHY),
  c(
    'pkce.challenge.missing',
    'fail',
    'no challenge',
    capture({}, (s) =>
      editQuery(find(s, isAuthorize), (p) => {
        p.delete('code_challenge')
        p.delete('code_challenge_method')
      }),
    ),
  ),
  c('pkce.method.plain', 'pass', 'S256', HEALTHY),
  c(
    'pkce.method.plain',
    'fail',
    'plain',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('code_challenge_method', 'plain'))),
  ),
  c('state.missing', 'pass', 'state sent', HEALTHY),
  c(
    'state.missing',
    'fail',
    'no state, PKCE S256',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.delete('state'))),
    'info',
  ),
  c(
    'state.missing',
    'fail',
    'no state, no S256',
    capture({}, (s) =>
      editQuery(find(s, isAuthorize), (p) => {
        p.delete('state')
        p.set('code_challenge_method', 'plain')
      }),
    ),
    'warning',
  ),
  c('resource.authorize.missing', 'pass', 'sent', HEALTHY),
  c(
    'resource.authorize.missing',
    'fail',
    'absent, token rejected',
    capture({ resource: null, aud: 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', mcpAccepts: false }),
    'error',
  ),
  c('resource.authorize.missing', 'fail', 'absent, connected anyway', capture({ resource: null }), 'warning'),
  c('resource.authorize.invalid', 'pass', 'absolute', HEALTHY),
  c('resource.authorize.invalid', 'fail', 'no scheme', capture({ resource: 'mcp.example.com/tenant/mcp' })),
  c('resource.authorize.mismatch-prm', 'pass', 'exact', HEALTHY),
  c(
    'resource.authorize.mismatch-prm',
    'fail',
    'trailing slash',
    capture({ resource: 'https://mcp.example.com/tenant/mcp/' }),
  ),
  c('resource.authorize.mismatch-prm', 'unknown', 'no PRM captured', capture({ parts: { discovery: false } })),
  c('resource.authorize.is-as', 'pass', 'names the MCP server', HEALTHY),
  c('resource.authorize.is-as', 'fail', 'names the AS', capture({ resource: 'https://bright-lotus-41.authkit.app' })),
  c('resource.authorize.not-canonical', 'pass', 'canonical', HEALTHY),
  c(
    'resource.authorize.not-canonical',
    'fail',
    'upper-case host',
    capture({ resource: 'https://MCP.example.com/tenant/mcp' }),
  ),
  c('resource.authorize.multiple', 'pass', 'one value', HEALTHY),
  c(
    'resource.authorize.multiple',
    'fail',
    'two values',
    capture({}, (s) =>
      editQuery(find(s, isAuthorize), (p) => p.append('resource', 'https://bright-lotus-41.authkit.app')),
    ),
  ),
  c('authorize.as-error-page', 'pass', 'redirects back', HEALTHY),
  c(
    'authorize.as-error-page',
    'fail',
    '400 page',
    capture({}, (s) => {
      const a = find(s, isAuthorize)
      a.status = 400
      a.redirectURL = undefined
      a.responseHeaders = {}
      a.responseBody = { mimeType: 'text/html', text: '<html><title>Invalid redirect_uri</title></html>' }
    }),
  ),
  c(
    'authorize.as-error-page',
    'unknown',
    'no response',
    capture({}, (s) => {
      const a = find(s, isAuthorize)
      a.status = 0
      a.redirectURL = undefined
      a.responseHeaders = {}
    }),
  ),
  c('callback.error', 'pass', 'code returned', HEALTHY),
  c(
    'callback.error',
    'fail',
    'invalid_target',
    capture({ callbackError: { error: 'invalid_target', description: 'unknown resource' } }),
  ),
  c('callback.state.mismatch', 'pass', 'same state', HEALTHY),
  c(
    'callback.state.mismatch',
    'fail',
    'other state',
    capture({}, (s) => editCallback(s, (p) => p.set('state', 'forged'))),
  ),
  c(
    'iss.mismatch',
    'pass',
    'same issuer',
    capture({}, (s) => editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app'))),
  ),
  c(
    'iss.mismatch',
    'fail',
    'trailing slash',
    capture({}, (s) => editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app/'))),
  ),
  c(
    'iss.mismatch',
    'unknown',
    'issuer not captured',
    capture({ parts: { discovery: false } }, (s) =>
      editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app')),
    ),
  ),
  c('pkce.verifier.missing', 'pass', 'sent', HEALTHY),
  c(
    'pkce.verifier.missing',
    'fail',
    'absent',
    capture({}, (s) => editForm(find(s, isToken), (p) => p.delete('code_verifier'))),
  ),
  c('pkce.verifier.missing', 'unknown', 'token request not captured', capture(browserOnly)),
  c('pkce.verifier.mismatch', 'pass', 'hashes to the challenge', HEALTHY),
  c('pkce.verifier.mismatch', 'fail', 'another verifier', capture({ wrongVerifier: true })),
  c('resource.token.missing', 'pass', 'sent', HEALTHY),
  c('resource.token.missing', 'fail', 'absent', capture({ resourceAtToken: null })),
  c('resource.token.missing', 'unknown', 'token request not captured', capture(browserOnly)),
  c('resource.token.mismatch-authorize', 'pass', 'same', HEALTHY),
  c(
    'resource.token.mismatch-authorize',
    'fail',
    'different',
    capture({ resourceAtToken: 'https://mcp.example.com/other/mcp' }),
  ),
  c('token.redirect-uri.mismatch', 'pass', 'same', HEALTHY),
  c(
    'token.redirect-uri.mismatch',
    'fail',
    'different',
    capture({}, (s) => editForm(find(s, isToken), (p) => p.set('redirect_uri', 'http://127.0.0.1:9999/'))),
  ),
  c('token.response.error', 'pass', '200', HEALTHY),
  c('token.response.error', 'fail', 'invalid_grant', capture({ wrongVerifier: true })),
  c('token.response.fields', 'pass', 'access_token, token_type, expires_in', HEALTHY),
  c(
    'token.response.fields',
    'fail',
    'no token_type, the client stops',
    capture({ parts: { mcp: false } }, (s) =>
      editJson(find(s, isToken), 'responseBody', (o) => {
        delete o.token_type
      }),
    ),
    'error',
  ),
  c(
    'token.response.fields',
    'fail',
    'no token_type, connected anyway',
    capture({}, (s) =>
      editJson(find(s, isToken), 'responseBody', (o) => {
        delete o.token_type
      }),
    ),
    'warning',
  ),
  c(
    'token.response.fields',
    'fail',
    'no expires_in',
    capture({}, (s) =>
      editJson(find(s, isToken), 'responseBody', (o) => {
        delete o.expires_in
      }),
    ),
    'info',
  ),
  c('at.format', 'pass', 'JWT', HEALTHY),
  c('at.format', 'pass', 'opaque', capture({ tokenFormat: 'opaque' })),
  c('aud.missing', 'pass', 'present', HEALTHY),
  c('aud.missing', 'fail', 'absent', capture({ aud: null })),
  c('aud.mismatch', 'pass', 'matches', HEALTHY),
  c(
    'aud.mismatch',
    'fail',
    'another API, rejected',
    capture({ aud: 'https://api.example.org/v2', mcpAccepts: false }),
    'error',
  ),
  c('aud.mismatch', 'pass', 'Entra GUID accepted', story('entra-guid-accepted')),
  c('aud.equals-client-id', 'pass', 'matches', HEALTHY),
  c(
    'aud.equals-client-id',
    'fail',
    'client id',
    capture({ aud: 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', mcpAccepts: false }),
  ),
  c('aud.near-miss', 'pass', 'matches', HEALTHY),
  c(
    'aud.near-miss',
    'fail',
    'trailing slash',
    capture({ aud: 'https://mcp.example.com/tenant/mcp/', mcpAccepts: false }),
  ),
  c('at.iss.mismatch', 'pass', 'same', HEALTHY),
  c('at.iss.mismatch', 'fail', 'other issuer', capture({ tokenIss: 'https://auth.example.org' })),
  c('at.expired', 'pass', 'fresh', HEALTHY),
  c('at.expired', 'fail', 'expired before use', capture({ tokenExpiresIn: -600 })),
  c('at.is-id-token', 'pass', 'access token presented', HEALTHY),
  c('at.is-id-token', 'fail', 'id_token presented', capture({ presentIdToken: true })),
  c('refresh.resource.missing', 'pass', 'sent', capture({ refresh: { resource: true } })),
  c('refresh.resource.missing', 'fail', 'absent', capture({ refresh: { resource: false } })),
  c('refresh.response.error', 'pass', '200', capture({ refresh: { resource: true } })),
  c('refresh.response.error', 'fail', 'invalid_target', capture({ refresh: { resource: false, fails: true } })),
  c('mcp.auth-header.missing', 'pass', 'sent', HEALTHY),
  c(
    'mcp.auth-header.missing',
    'fail',
    'absent (proxy capture)',
    capture({}, (s) => {
      const m = find(s, isMcpAuthed)
      delete m.requestHeaders!.authorization
    }),
  ),
  c(
    'mcp.auth-header.missing',
    'pass',
    'deliberate restart after the token and its refresh were refused',
    capture({}, (s) => {
      const used = find(s, isMcpAuthed)
      s.push({ ...used, status: 401, responseHeaders: { 'www-authenticate': 'Bearer error="invalid_token"' } })
      s.push({
        method: 'POST',
        url: find(s, isToken).url,
        status: 400,
        requestHeaders: { 'content-type': 'application/x-www-form-urlencoded' },
        requestBody: {
          mimeType: 'application/x-www-form-urlencoded',
          text: 'grant_type=refresh_token&refresh_token=rt_x',
        },
        responseBody: { mimeType: 'application/json', text: '{"error":"invalid_grant"}' },
      })
      s.push({ ...find(s, isChallenge) }, { ...find(s, isPrm) })
    }),
  ),
  c(
    'mcp.auth-header.missing',
    'unknown',
    'sanitized browser export',
    capture({ sanitized: true }, undefined, { name: 'WebInspector', version: '537.36' }),
  ),
  c('mcp.401.after-token', 'pass', 'accepted', HEALTHY),
  c('mcp.401.after-token', 'fail', 'rejected', capture({ mcpAccepts: false })),
  c(
    'mcp.401.after-token',
    'unknown',
    'sanitized, no error code',
    capture(
      { sanitized: true, mcpAccepts: false },
      (s) => {
        find(
          s,
          (x) => x.status === 401 && x.requestBody?.text.includes('initialize') === true && s.indexOf(x) > 3,
        ).responseHeaders = { 'www-authenticate': 'Bearer realm="mcp"' }
      },
      { name: 'WebInspector', version: '537.36' },
    ),
  ),
  c('mcp.token.wrong-server', 'pass', 'same server', HEALTHY),
  c(
    'mcp.token.wrong-server',
    'fail',
    'other server',
    capture({}, (s) => {
      find(s, isMcpAuthed).url = 'https://other-mcp.example.net/mcp'
    }),
  ),
  c(
    'mcp.403.insufficient-scope-params',
    'fail',
    'no scope',
    capture({}, (s) =>
      s.push({
        method: 'POST',
        url: 'https://mcp.example.com/tenant/mcp',
        status: 403,
        requestHeaders: { ...find(s, isMcpAuthed).requestHeaders },
        requestBody: { mimeType: 'application/json', text: '{"jsonrpc":"2.0","id":2,"method":"tools/call"}' },
        responseHeaders: { 'www-authenticate': 'Bearer error="insufficient_scope"' },
      }),
    ),
  ),
  c(
    'mcp.403.insufficient-scope-params',
    'pass',
    'scope and metadata',
    capture({}, (s) =>
      s.push({
        method: 'POST',
        url: 'https://mcp.example.com/tenant/mcp',
        status: 403,
        requestHeaders: { ...find(s, isMcpAuthed).requestHeaders },
        requestBody: { mimeType: 'application/json', text: '{"jsonrpc":"2.0","id":2,"method":"tools/call"}' },
        responseHeaders: {
          'www-authenticate':
            'Bearer error="insufficient_scope", scope="mcp:admin", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/tenant/mcp"',
        },
      }),
    ),
  ),
  c('mcp.server.accepts-wrong-aud', 'pass', 'right aud accepted', HEALTHY),
  c(
    'mcp.server.accepts-wrong-aud',
    'fail',
    'client-id aud accepted',
    capture({ aud: 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', mcpAccepts: true }),
  ),
  c(
    'iss.missing-when-advertised',
    'fail',
    'advertised, absent',
    capture({}, (s) =>
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        o.authorization_response_iss_parameter_supported = true
      }),
    ),
  ),
  c(
    'iss.missing-when-advertised',
    'pass',
    'advertised, present',
    capture({}, (s) => {
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        o.authorization_response_iss_parameter_supported = true
      })
      editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app'))
    }),
  ),
  c(
    'iss.ignored-by-client',
    'fail',
    'code redeemed after a wrong iss',
    capture({ protocolVersion: '2026-07-28' }, (s) =>
      editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app/')),
    ),
  ),
  c(
    'iss.ignored-by-client',
    'pass',
    'client stopped',
    capture({ protocolVersion: '2026-07-28', parts: { token: false } }, (s) =>
      editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app/')),
    ),
  ),
  c(
    'iss.ignored-by-client',
    'unknown',
    'client side not captured',
    capture(
      { protocolVersion: '2026-07-28', parts: { challenge: false, registration: 'none', token: false, mcp: false } },
      (s) => editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app/')),
    ),
  ),
  c('pkce.challenge.format', 'pass', '43 base64url characters', HEALTHY),
  c(
    'pkce.challenge.format',
    'fail',
    'padded',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('code_challenge', `${p.get('code_challenge')}=`))),
  ),
  c('token.response.not-json', 'pass', 'JSON', HEALTHY),
  c(
    'token.response.not-json',
    'fail',
    'HTML login page',
    capture({}, (s) => {
      const t = find(s, isToken)
      t.responseBody = { mimeType: 'text/html', text: '<html><body>Sign in</body></html>' }
      t.responseHeaders = { ...t.responseHeaders, 'content-type': 'text/html; charset=utf-8' }
    }),
  ),
  c('at.alg-none', 'pass', 'signed', HEALTHY),
  c(
    'at.alg-none',
    'fail',
    'alg none',
    capture({}, (s) =>
      editJson(find(s, isToken), 'responseBody', (o) => {
        o.access_token = unsigned(String(o.access_token))
      }),
    ),
  ),
  c('mcp.token-in-query', 'pass', 'header only', HEALTHY),
  c(
    'mcp.token-in-query',
    'fail',
    'access_token in the URL',
    capture({}, (s) => editQuery(find(s, isMcpAuthed), (p) => p.set('access_token', 'CANARY-query-token-8d1f'))),
  ),
  c('authorize.client-id.missing', 'pass', 'sent', HEALTHY),
  c(
    'authorize.client-id.missing',
    'fail',
    'absent',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.delete('client_id'))),
  ),
  c('authorize.response-type', 'pass', 'code', HEALTHY),
  c(
    'authorize.response-type',
    'fail',
    'implicit',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('response_type', 'token'))),
  ),
  c('callback.code.missing', 'pass', 'code', HEALTHY),
  c(
    'callback.code.missing',
    'fail',
    'neither code nor error',
    capture({ parts: { token: false } }, (s) => editCallback(s, (p) => p.delete('code'))),
  ),
  c(
    'asmeta.response-type.no-code',
    'pass',
    'code listed',
    capture({}, (s) =>
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        o.response_types_supported = ['code']
      }),
    ),
  ),
  c(
    'asmeta.response-type.no-code',
    'fail',
    'token only',
    capture({}, (s) =>
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        o.response_types_supported = ['token']
      }),
    ),
  ),
  c(
    'prm.bearer-methods.no-header',
    'pass',
    'header listed',
    capture({}, (s) =>
      editJson(find(s, isPrm), 'responseBody', (o) => {
        o.bearer_methods_supported = ['header']
      }),
    ),
  ),
  c(
    'prm.bearer-methods.no-header',
    'fail',
    'body only',
    capture({}, (s) =>
      editJson(find(s, isPrm), 'responseBody', (o) => {
        o.bearer_methods_supported = ['body']
      }),
    ),
  ),
  c('authorize.client-id.unregistered', 'pass', 'registered id', HEALTHY),
  c(
    'authorize.client-id.unregistered',
    'fail',
    'another id',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('client_id', 'client_01J8ZZZZZZZZZZZZZZZZZZZZZZ'))),
  ),
  c('asmeta.endpoint.baked-query', 'pass', 'plain endpoint', HEALTHY),
  c(
    'asmeta.endpoint.baked-query',
    'fail',
    'resource built in',
    capture({}, (s) =>
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        o.authorization_endpoint =
          'https://bright-lotus-41.authkit.app/oauth2/authorize?resource=https%3A%2F%2Fbright-lotus-41.authkit.app'
      }),
    ),
  ),
  c('flow.revision.detect', 'pass', 'header', HEALTHY),
  c('flow.discovery.absent', 'pass', 'discovery captured', HEALTHY),
  c('flow.discovery.absent', 'unknown', 'starts at authorize', capture(browserOnly)),
  c('flow.token-request.absent', 'pass', 'captured', HEALTHY),
  c('flow.token-request.absent', 'unknown', 'not captured', capture(browserOnly)),
  c('flow.har.sanitized', 'pass', 'headers present', HEALTHY),
  c('flow.har.sanitized', 'unknown', 'sanitized', story('chrome-sanitized')),
  c('flow.multiple-flows', 'pass', 'one flow', HEALTHY),
  c('flow.multiple-flows', 'fail', 'two flows', story('two-flows'), 'info'),
]
