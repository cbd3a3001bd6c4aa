// Step 5: the authorization request (mcp-oauth-rules.md §3.5): PKCE, state and RFC 8707 resource.
import { getAll, getParam, hasParam, splitUrl } from '../oauth/params.ts'
import { compareUris, describeNearMiss } from '../oauth/uri-compare.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import type { Fix } from '../types.ts'
import { mcpAuth, oauth21, rfc } from './spec-refs.ts'
import { fail, pass, q, type Rule } from './rule.ts'
import { issuedAudSentence } from './issued-aud.ts'
import { issuedPhrase } from '../knowledge/issued-phrase.ts'

const authorizeEntry = (f: FlowFacts) => (f.flow.authorize ? [f.flow.authorize.entry] : [])

export const pkceChallengeMissing: Rule = {
  id: 'pkce.challenge.missing',
  title: 'No PKCE code_challenge',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'authorize',
  explains: ['authorize.as-error-page', 'callback.error', 'token.response.error'],
  aliases: ['pkce-code-challenge-sent'],
  spec: (rev) => [mcpAuth(rev, 'Authorization Code Protection'), oauth21('4.1.1'), oauth21('7.5.2')],
  fix: [{ party: 'client', text: 'Send `code_challenge` (S256) on every authorization request.' }],
  check(f) {
    if (!f.authorizeParams) return null
    if (!hasParam(f.authorizeParams, 'code_challenge'))
      return fail(
        `The authorization request (entry ${f.flow.authorize!.entry}) has no code_challenge: PKCE is required for every MCP client.`,
        authorizeEntry(f),
      )
    return pass('The authorization request carries a PKCE challenge.', authorizeEntry(f))
  },
}

export const pkceMethodPlain: Rule = {
  id: 'pkce.method.plain',
  title: 'PKCE method is plain',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'authorize',
  explains: ['authorize.as-error-page', 'callback.error'],
  aliases: ['pkce-s256-method-used'],
  spec: (rev) => [mcpAuth(rev, 'Authorization Code Protection'), rfc(7636, '4.2'), oauth21('4.1.1')],
  fix: [{ party: 'client', text: 'Use `code_challenge_method=S256`.' }],
  check(f) {
    if (!f.authorizeParams || !hasParam(f.authorizeParams, 'code_challenge')) return null
    const method = getParam(f.authorizeParams, 'code_challenge_method')
    if (method !== 'S256')
      return fail(
        `PKCE method is ${method ? q(method) : 'absent, which means plain'} (entry ${f.flow.authorize!.entry}); MCP requires S256.`,
        authorizeEntry(f),
      )
    return pass('PKCE uses S256.', authorizeEntry(f))
  },
}

export const stateMissing: Rule = {
  id: 'state.missing',
  title: 'No state parameter',
  severity: 'warning',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  spec: (rev) => [mcpAuth(rev, 'Open Redirection'), oauth21('2.3.3')],
  fix: [{ party: 'client', text: 'Send a random `state` and check it on the callback.' }],
  check(f) {
    if (!f.authorizeParams) return null
    if (hasParam(f.authorizeParams, 'state')) return pass('The authorization request carries state.', authorizeEntry(f))
    const s256 = getParam(f.authorizeParams, 'code_challenge_method') === 'S256'
    // Current MCP SDK clients send no state and rely on PKCE S256 for CSRF protection.
    // Said the same whether the flow failed or connected: it is never the cause (severity info).
    const said = 'No state parameter; PKCE S256 protects the callback against CSRF instead.'
    if (s256) return fail(said, authorizeEntry(f), { severity: 'info' })
    return fail(
      `No state parameter and no PKCE S256 (entry ${f.flow.authorize!.entry}): nothing protects the callback against CSRF.`,
      authorizeEntry(f),
    )
  },
}

/** Entra ID v2 rejects resource + scope combinations (AADSTS9010010); omitting resource with a
 * fully-qualified scope is accepted practice there (clients-and-servers.md §B.4). */
export function entraWithScopes(f: FlowFacts): boolean {
  return (
    f.vendor?.vendor === 'entra' &&
    !!f.authorizeParams &&
    /api:\/\/|\/\.default|^https?:\/\/\S+\/\S+/.test(getParam(f.authorizeParams, 'scope') ?? '')
  )
}

/** The callback refusals a `resource` problem can produce (RFC 8707 §2: invalid_target; some ASes say
 * invalid_request). Other codes (invalid_scope, access_denied, …) have other causes. */
const RESOURCE_REFUSED_AT_CALLBACK = ['callback.error#invalid_target', 'callback.error#invalid_request'] as const

export const resourceAuthorizeMissing: Rule = {
  id: 'resource.authorize.missing',
  title: 'No resource parameter in the authorization request',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  explains: [
    'resource.token.missing',
    'aud.equals-client-id',
    'aud.near-miss',
    'aud.mismatch',
    'aud.missing',
    'mcp.401.after-token',
    ...RESOURCE_REFUSED_AT_CALLBACK,
    'token.response.error',
  ],
  aliases: ['resource-parameter-in-authorization'],
  spec: (rev) => [mcpAuth(rev, 'Resource Parameter Implementation'), rfc(8707, '2.1')],
  fix: [
    {
      party: 'client',
      text: 'Send `resource=<PRM resource>` (the MCP server URL) in the authorization and token requests, whatever the authorization server supports.',
    },
  ],
  check(f) {
    if (!f.authorizeParams) return null
    if (hasParam(f.authorizeParams, 'resource'))
      return pass(`The client sent resource=${q(getParam(f.authorizeParams, 'resource'))}.`, authorizeEntry(f))
    if (entraWithScopes(f))
      return fail(
        'No resource parameter; with Entra ID v2 and fully-qualified scopes this is accepted practice (Entra rejects resource + scope combinations).',
        authorizeEntry(f),
        { severity: 'info' },
      )
    const client = f.client ? f.client.name : 'The client'
    // What was issued, when the capture shows it; else what this vendor is known to issue.
    const predicted = f.vendor ? ` ${f.vendor.name} then issues ${issuedPhrase(f.vendor.withoutResource)}.` : ''
    const after = issuedAudSentence(f, 'token') || predicted
    const fix: Fix[] = [
      {
        party: 'client',
        text: 'Send `resource=<PRM resource>` (the MCP server URL) in the authorization and token requests, whatever the authorization server supports.',
      },
    ]
    // Until the client is fixed, the AS can often be told which audience to use without `resource`.
    if (f.vendor) fix.push({ party: 'authorization-server', text: `Workaround at ${f.vendor.name}: ${f.vendor.fix}` })
    return fail(
      `${client} sent no \`resource\` in the authorization request (entry ${f.flow.authorize!.entry}).${after}`,
      authorizeEntry(f),
      { fix },
    )
  },
}

export const resourceAuthorizeInvalid: Rule = {
  id: 'resource.authorize.invalid',
  title: 'resource is not an absolute URI',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  explains: [
    'authorize.as-error-page',
    ...RESOURCE_REFUSED_AT_CALLBACK,
    'token.response.error',
    'aud.equals-client-id',
    'aud.near-miss',
    'aud.mismatch',
    'aud.missing',
    'mcp.401.after-token',
  ],
  aliases: ['resource-parameter-valid-uri'],
  spec: (rev) => [rfc(8707, '2'), mcpAuth(rev, 'Canonical Server URI')],
  fix: [
    {
      party: 'client',
      text: 'Send the canonical MCP URL (absolute, http(s), no fragment), percent-encoded in the query.',
    },
  ],
  check(f) {
    if (!f.authorizeParams) return null
    const values = getAll(f.authorizeParams, 'resource')
    if (!values.length) return null
    const bad = values.find((v) => !/^https?:\/\/[^/?#]+/i.test(v) || v.includes('#'))
    if (bad !== undefined)
      return fail(
        `resource=${q(bad)} is not an absolute http(s) URI without a fragment (entry ${f.flow.authorize!.entry}).`,
        authorizeEntry(f),
      )
    return pass('resource is an absolute URI.', authorizeEntry(f))
  },
}

export const resourceAuthorizeMismatchPrm: Rule = {
  id: 'resource.authorize.mismatch-prm',
  title: 'resource differs from the advertised resource',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  explains: [
    'authorize.as-error-page',
    ...RESOURCE_REFUSED_AT_CALLBACK,
    'token.response.error',
    'aud.equals-client-id',
    'aud.near-miss',
    'aud.mismatch',
    'aud.missing',
    'mcp.401.after-token',
  ],
  spec: (rev) => [mcpAuth(rev, 'Canonical Server URI'), rfc(9728, '3.3')],
  fix: [
    {
      party: 'client',
      text: 'Send PRM `resource` byte for byte (no URL re-serialization that adds or drops a trailing slash).',
    },
  ],
  check(f) {
    if (!f.authorizeParams) return null
    const sent = getParam(f.authorizeParams, 'resource')
    if (sent === undefined) return null
    const advertised = typeof f.prm?.doc.resource === 'string' ? f.prm.doc.resource : null
    if (!advertised)
      return {
        status: 'unknown',
        message: 'The protected resource metadata is not in the capture, so the advertised resource is not known.',
        entries: authorizeEntry(f),
      }
    const kind = compareUris(advertised, sent)
    if (kind === 'exact') return pass(`resource matches PRM ${q(advertised)}.`, authorizeEntry(f))
    return fail(
      `The client sent resource=${q(sent)}, which ${describeNearMiss(kind)} compared with the advertised ${q(advertised)} (entries ${f.flow.authorize!.entry}, ${f.prm!.ex.entry}).`,
      [...authorizeEntry(f), f.prm!.ex.entry],
    )
  },
}

export const resourceAuthorizeIsAs: Rule = {
  id: 'resource.authorize.is-as',
  title: 'resource names the authorization server',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  explains: ['aud.equals-client-id', 'aud.near-miss', 'aud.mismatch', 'aud.missing', 'mcp.401.after-token'],
  spec: (rev) => [mcpAuth(rev, 'Resource Parameter Implementation')],
  fix: [{ party: 'client', text: 'Set `resource` to the MCP server URL, not the authorization server.' }],
  check(f) {
    if (!f.authorizeParams) return null
    const sent = getParam(f.authorizeParams, 'resource')
    if (sent === undefined) return null
    const asUrls = [
      typeof f.asMeta?.doc.issuer === 'string' ? f.asMeta.doc.issuer : null,
      f.flow.authorize!.url.split('?')[0]!,
    ].filter((s): s is string => !!s)
    const mcpHost = f.mcpServerUrl ? splitUrl(f.mcpServerUrl)?.host : null
    const hit = asUrls.find((u) => {
      const k = compareUris(u, sent)
      return k === 'exact' || k === 'trailing-slash' || (k === 'origin-only' && splitUrl(sent)?.host !== mcpHost)
    })
    if (hit)
      return fail(
        `resource=${q(sent)} names the authorization server (${q(hit)}), not the MCP server.`,
        authorizeEntry(f),
      )
    return pass('resource does not name the authorization server.', authorizeEntry(f))
  },
}

export const resourceAuthorizeNotCanonical: Rule = {
  id: 'resource.authorize.not-canonical',
  title: 'resource is not in canonical form',
  severity: 'warning',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  explains: [
    'authorize.as-error-page',
    ...RESOURCE_REFUSED_AT_CALLBACK,
    'token.response.error',
    'aud.equals-client-id',
    'aud.near-miss',
    'aud.mismatch',
    'aud.missing',
    'mcp.401.after-token',
  ],
  spec: (rev) => [mcpAuth(rev, 'Canonical Server URI')],
  fix: [
    {
      party: 'client',
      text: 'Use lower-case scheme and host, no default port, and no trailing slash unless the server advertises one.',
    },
  ],
  check(f) {
    if (!f.authorizeParams) return null
    const sent = getParam(f.authorizeParams, 'resource')
    const u = sent ? splitUrl(sent) : null
    if (!sent || !u) return null
    const problems: string[] = []
    if (u.scheme !== u.scheme.toLowerCase() || u.host !== u.host.toLowerCase())
      problems.push('upper-case scheme or host')
    if (
      (u.scheme.toLowerCase() === 'https' && u.port === '443') ||
      (u.scheme.toLowerCase() === 'http' && u.port === '80')
    )
      problems.push('an explicit default port')
    const advertised = typeof f.prm?.doc.resource === 'string' ? f.prm.doc.resource : null
    if (sent.endsWith('/') && !(advertised ?? '').endsWith('/') && (advertised !== null || u.path === '/'))
      problems.push('a trailing slash')
    if (problems.length) return fail(`resource=${q(sent)} has ${problems.join(' and ')}.`, authorizeEntry(f))
    return pass('resource is canonical.', authorizeEntry(f))
  },
}

export const resourceAuthorizeMultiple: Rule = {
  id: 'resource.authorize.multiple',
  title: 'More than one resource',
  severity: 'warning',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  explains: [
    'authorize.as-error-page',
    ...RESOURCE_REFUSED_AT_CALLBACK,
    'aud.equals-client-id',
    'aud.near-miss',
    'aud.mismatch',
    'aud.missing',
    'mcp.401.after-token',
  ],
  spec: () => [rfc(8707, '3')],
  fix: [
    {
      party: 'client',
      text: 'Send one `resource`: the MCP server URL. If the authorization endpoint already carries one, report it to the AS vendor.',
    },
  ],
  check(f) {
    if (!f.authorizeParams) return null
    const values = getAll(f.authorizeParams, 'resource')
    if (values.length > 1)
      return fail(
        `The authorization request sends ${values.length} resource values: ${values.map((v) => q(v)).join(', ')}.`,
        authorizeEntry(f),
      )
    return values.length ? pass('One resource value.', authorizeEntry(f)) : null
  },
}

export const AUTHORIZE_RULES: Rule[] = [
  pkceChallengeMissing,
  pkceMethodPlain,
  stateMissing,
  resourceAuthorizeMissing,
  resourceAuthorizeInvalid,
  resourceAuthorizeMismatchPrm,
  resourceAuthorizeIsAs,
  resourceAuthorizeNotCanonical,
  resourceAuthorizeMultiple,
]
