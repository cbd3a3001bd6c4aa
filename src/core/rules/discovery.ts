// Step 1: the first unauthenticated MCP request and its 401 challenge (mcp-oauth-rules.md §3.1).
import { atLeast } from '../flow/revision.ts'
import { byTime, challengeOf, requestHeader, responseHeader } from '../flow/exchange-helpers.ts'
import { originOf } from '../oauth/params.ts'
import type { Exchange } from '../types.ts'
import { FETCH_CORS, mcpAuth, oauth21, prmDiscoveryRef, rfc } from './spec-refs.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'

const noChallengeSeen = (authorized: boolean) =>
  unknown(
    authorized
      ? 'The capture has no 401 from the MCP server, so the challenge cannot be checked (the client may have reused cached metadata, or discovery ran outside this capture).'
      : 'No 401 from the MCP server is in the capture.',
  )

export const wwwAuthenticateMissing: Rule = {
  id: 'discovery.www-authenticate.missing',
  title: '401 without WWW-Authenticate',
  severity: 'error',
  party: 'mcp-server',
  since: '2025-03-26',
  step: 'discovery',
  explains: ['prm.http-status', 'asmeta.http-status'],
  observed: true,
  spec: (rev) => [rfc(6750, '3'), oauth21('5.3.1'), mcpAuth(rev, 'Authorization Server Location')],
  fix: [
    {
      party: 'mcp-server',
      text: 'Answer unauthenticated MCP requests with 401 and `WWW-Authenticate: Bearer resource_metadata="https://…/.well-known/oauth-protected-resource/…"`; check that no proxy or gateway strips the header.',
    },
  ],
  check(f) {
    const unauthorized = f.flow.challenges.filter((ex) => ex.status === 401)
    if (!unauthorized.length) return f.flow.authorize ? noChallengeSeen(true) : null
    const missing = unauthorized.filter((ex) => !responseHeader(ex, 'www-authenticate'))
    if (missing.length)
      return fail(
        `The MCP server answered 401 without a WWW-Authenticate header (entry ${missing[0]!.entry}), so the client cannot discover how to authorize.`,
        missing.map((e) => e.entry),
      )
    return pass(
      'Every 401 carries a WWW-Authenticate challenge.',
      unauthorized.map((e) => e.entry),
    )
  },
}

export const resourceMetadataMissing: Rule = {
  id: 'discovery.resource-metadata.missing',
  title: '401 challenge without resource_metadata',
  severity: 'error',
  party: 'mcp-server',
  since: '2025-06-18',
  step: 'discovery',
  explains: ['prm.http-status', 'asmeta.http-status'],
  spec: (rev) => [prmDiscoveryRef(rev), rfc(9728, '5.1')],
  fix: [
    { party: 'mcp-server', text: 'Add `resource_metadata="<absolute PRM URL>"` to the Bearer challenge on every 401.' },
  ],
  check(f) {
    const withChallenge = f.flow.challenges.filter((ex) => ex.status === 401 && challengeOf(ex))
    if (!withChallenge.length) return f.flow.authorize && !f.flow.challenges.length ? noChallengeSeen(true) : null
    const missing = withChallenge.filter((ex) => !challengeOf(ex)!.params.resource_metadata)
    if (!missing.length)
      return pass(
        'The 401 challenge points at the protected resource metadata.',
        withChallenge.map((e) => e.entry),
      )
    const wellKnownOk = f.flow.prm.some((ex) => ex.status === 200)
    // 2025-11-25 §Protected Resource Metadata Discovery Requirements: the pointer is optional when the
    // PRM is served at the well-known URL. When the client looked there and found nothing, the PRM
    // nobody serves is the defect (prm.http-status), not the optional pointer.
    const lenient = atLeast(f.revision, '2025-11-25') && f.flow.prm.length > 0
    const at = `The 401 challenge (entry ${missing[0]!.entry}) has no resource_metadata`
    return fail(
      !lenient
        ? `${at}${wellKnownOk ? '' : ' and no well-known PRM answered'}, so clients cannot find the authorization server.`
        : wellKnownOk
          ? `${at}; ${f.revision} allows this because the well-known PRM URL answered.`
          : `${at}; ${f.revision} allows this only when the PRM is served at the well-known URL, which it is not ` +
            '(see prm.http-status).',
      missing.map((e) => e.entry),
      { severity: lenient ? 'info' : 'error' },
    )
  },
}

/** A request a browser page made to another origin: its script sees only what CORS exposes. */
function crossOriginBrowser(ex: Exchange): string | null {
  const origin = requestHeader(ex, 'origin')
  return origin && origin !== 'null' && origin !== originOf(ex.url) ? origin : null
}

/** Why a browser script cannot read the challenge of this 401, or null when it can (Fetch §3.2). */
function hiddenBecause(ex: Exchange, origin: string): string | null {
  const allow = responseHeader(ex, 'access-control-allow-origin')
  const wholeResponse = 'so the browser hides the whole response and the client sees a network error'
  if (!allow) return `has no Access-Control-Allow-Origin, ${wholeResponse}`
  if (allow !== '*' && allow !== origin) return `allows origin ${q(allow)}, not ${q(origin)}, ${wholeResponse}`
  const credentialed =
    !!requestHeader(ex, 'cookie') || responseHeader(ex, 'access-control-allow-credentials') === 'true'
  const exposeHeader = responseHeader(ex, 'access-control-expose-headers') ?? ''
  const exposed = exposeHeader.split(',').map((h) => h.trim().toLowerCase())
  // `*` exposes every header only to requests without credentials.
  if (exposed.includes('www-authenticate') || (exposed.includes('*') && !credentialed)) return null
  return 'does not list WWW-Authenticate in Access-Control-Expose-Headers, so the client cannot read the challenge'
}

export const corsWwwAuthenticateHidden: Rule = {
  id: 'discovery.cors.www-authenticate-hidden',
  title: 'WWW-Authenticate not exposed to browser clients',
  severity: 'warning',
  party: 'mcp-server',
  since: '2025-06-18',
  step: 'discovery',
  explains: ['prm.not-requested', 'prm.http-status', 'asmeta.http-status'],
  observed: true,
  spec: (rev) => [FETCH_CORS, mcpAuth(rev, 'Authorization Server Location')],
  fix: [
    {
      party: 'mcp-server',
      text:
        'Answer 401s with the CORS headers too (run CORS before the auth check), and add ' +
        '`Access-Control-Expose-Headers: WWW-Authenticate` (and Mcp-Session-Id, MCP-Protocol-Version) to responses ' +
        'from the MCP endpoint.',
    },
  ],
  check(f) {
    // Both unauthenticated challenges and 401s to requests with a token: either must be readable.
    const all = [...f.flow.challenges, ...f.flow.mcp]
    const browser = all.filter((ex) => ex.status === 401 && crossOriginBrowser(ex)).sort(byTime)
    if (!browser.length) return null
    const hidden = browser.map((ex) => ({ ex, why: hiddenBecause(ex, crossOriginBrowser(ex)!) })).filter((h) => h.why)
    const entries = browser.map((e) => e.entry)
    if (!hidden.length) return pass('The 401 challenge is readable by browser clients (CORS exposes it).', entries)
    const first = hidden[0]!
    // A client that found the metadata anyway (well-known fallback) only lost the hint.
    const foundAnyway = f.flow.prm.some((ex) => ex.status === 200 && byTime(ex, first.ex) > 0)
    const anyway = foundAnyway ? '; this client found it at the well-known URL anyway' : ''
    return fail(
      `The 401 to the browser request from ${q(crossOriginBrowser(first.ex))} (entry ${first.ex.entry}) ` +
        `${first.why}: ` +
        `a browser-based client cannot learn where the protected resource metadata is${anyway}.`,
      hidden.map((h) => h.ex.entry),
      { severity: foundAnyway ? 'warning' : 'error' },
    )
  },
}

export const DISCOVERY_RULES: Rule[] = [wwwAuthenticateMissing, resourceMetadataMissing, corsWwwAuthenticateHidden]
