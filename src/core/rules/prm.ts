// Step 2: protected resource metadata, RFC 9728 (mcp-oauth-rules.md §3.2).
import { isJsonContentType, responseJson } from '../flow/exchange-helpers.ts'
import { endpointOf, originOf } from '../oauth/params.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { mcpAuth, prmDiscoveryRef, rfc } from './spec-refs.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'
import { pointer } from './prm-pointer.ts'
import { prmResourceMissing, prmResourceMismatch } from './prm-resource.ts'

const notFetched = (f: FlowFacts) =>
  f.flow.authorize || f.flow.challenges.length
    ? unknown('No protected resource metadata request is in the capture.')
    : null

export const prmNotRequested: Rule = {
  id: 'prm.not-requested',
  title: 'The client did not fetch the protected resource metadata',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'prm',
  // Metadata from the wrong place: its gaps and mismatches are not the AS's, and a client that
  // guessed endpoints there gets 404s.
  explains: [
    'asmeta.http-status',
    'asmeta.issuer.mismatch',
    'asmeta.registration.absent',
    'asmeta.pkce.absent',
    'asmeta.required-fields',
    'dcr.response.status',
    'authorize.as-error-page',
  ],
  spec: (rev) => [prmDiscoveryRef(rev), rfc(9728, '5.1')],
  fix: [
    {
      party: 'client',
      text: "Fetch the metadata at the URL in the resource_metadata parameter of the 401 challenge, and use its authorization_servers; update clients built for 2025-03-26, which look for the authorization server at the MCP server's origin.",
    },
  ],
  check(f) {
    const p = pointer(f)
    if (!p) return null
    const fetched = f.flow.prm.find((ex) => endpointOf(ex.url) === endpointOf(p.url))
    if (fetched)
      return pass(`The client fetched the metadata the challenge names (entry ${fetched.entry}).`, [fetched.entry])
    const elsewhere = f.flow.prm.map((ex) => ex.entry)
    const legacy = f.flow.asMetadata
      .filter((ex) => f.mcpServerUrl && originOf(ex.url) === originOf(f.mcpServerUrl))
      .map((ex) => ex.entry)
    const what = [
      elsewhere.length
        ? `requested ${elsewhere.length === 1 ? 'another metadata URL' : 'other metadata URLs'} instead (entr${elsewhere.length === 1 ? 'y' : 'ies'} ${elsewhere.join(', ')})`
        : '',
      legacy.length
        ? `looked for the authorization server at the MCP server's own origin (entr${legacy.length === 1 ? 'y' : 'ies'} ${legacy.join(', ')}), as 2025-03-26 clients do`
        : '',
    ]
      .filter(Boolean)
      .join(' and ')
    return fail(
      `The 401 challenge (entry ${p.entry}) names the protected resource metadata at ${q(p.url)}, but the client never requested it${what ? `: it ${what}` : ''}.`,
      [p.entry, ...elsewhere, ...legacy],
    )
  },
}

export const prmHttpStatus: Rule = {
  id: 'prm.http-status',
  title: 'Protected resource metadata not served',
  severity: 'error',
  party: 'mcp-server',
  since: '2025-06-18',
  step: 'prm',
  explains: ['asmeta.http-status', 'dcr.response.status'],
  observed: true,
  spec: () => [rfc(9728, '3.2')],
  fix: [
    {
      party: 'mcp-server',
      text: 'Serve the metadata with 200 and a JSON body at the path-inserted URL (/.well-known/oauth-protected-resource/<mcp path>), outside any auth middleware or SPA fallback.',
    },
  ],
  check(f) {
    if (!f.flow.prm.length) return notFetched(f)
    const p = pointer(f)
    // A probe of a URL the server never advertised is the client's guess, not the server's fault.
    const bad = f.flow.prm.filter((ex) => ex.status !== 200 && (!p || endpointOf(ex.url) === endpointOf(p.url)))
    if (!bad.length)
      return f.flow.prm.some((ex) => ex.status === 200)
        ? pass(
            'Protected resource metadata answered 200.',
            f.flow.prm.map((e) => e.entry),
          )
        : null
    const recovered = f.flow.prm.some((ex) => ex.status === 200)
    return fail(
      `Protected resource metadata request${bad.length > 1 ? 's' : ''} answered ${bad.map((e) => `${e.status || 'no response'} (entry ${e.entry})`).join(', ')}${recovered ? '; a later probe succeeded' : ''}.`,
      bad.map((e) => e.entry),
      { severity: recovered ? 'info' : 'error' },
    )
  },
}

export const prmNotJson: Rule = {
  id: 'prm.not-json',
  title: 'Protected resource metadata is not JSON',
  severity: 'error',
  party: 'mcp-server',
  since: '2025-06-18',
  step: 'prm',
  explains: ['asmeta.http-status'],
  spec: () => [rfc(9728, '3.2')],
  fix: [{ party: 'mcp-server', text: 'Return the metadata as a JSON object with `Content-Type: application/json`.' }],
  check(f) {
    const ok = f.flow.prm.filter((ex) => ex.status === 200)
    if (!ok.length) return null
    const bad = ok.filter((ex) => !isJsonContentType(ex) || !responseJson(ex))
    if (bad.length)
      return fail(
        `The metadata at entry ${bad[0]!.entry} is not a JSON object (Content-Type ${q(bad[0]!.responseMimeType || 'missing')}).`,
        bad.map((e) => e.entry),
      )
    return pass(
      'The metadata is a JSON object.',
      ok.map((e) => e.entry),
    )
  },
}

export const prmAuthorizationServersMissing: Rule = {
  id: 'prm.authorization-servers.missing',
  title: 'PRM lists no authorization server',
  severity: 'error',
  party: 'mcp-server',
  since: '2025-06-18',
  step: 'prm',
  explains: ['asmeta.http-status'],
  spec: (rev) => [mcpAuth(rev, 'Authorization Server Location'), rfc(9728, '2')],
  fix: [{ party: 'mcp-server', text: 'List the issuer URL of your authorization server in `authorization_servers`.' }],
  check(f) {
    if (!f.prm) return null
    const list = f.prm.doc.authorization_servers
    if (!Array.isArray(list) || list.length === 0)
      return fail(
        `The protected resource metadata (entry ${f.prm.ex.entry}) lists no authorization_servers, so the client cannot find where to authorize.`,
        [f.prm.ex.entry],
      )
    return pass(`PRM names ${list.map((s) => q(String(s))).join(', ')}.`, [f.prm.ex.entry])
  },
}

export const PRM_RULES: Rule[] = [
  prmNotRequested,
  prmHttpStatus,
  prmNotJson,
  prmResourceMissing,
  prmResourceMismatch,
  prmAuthorizationServersMissing,
]
