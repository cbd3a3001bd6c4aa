// Rule cases for the token request and response, refresh and the issued access token (steps 7–8).
import { editForm, editJson, find, isToken } from '../../../fixtures/builder/mutate.ts'
import type { RuleCase } from './rule-case-builders.ts'
import { capture, story, browserOnly, HEALTHY, unsigned, c } from './rule-case-builders.ts'

export const TOKEN_CASES: RuleCase[] = [
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
]
