// Step 2: the resource field of protected resource metadata, RFC 9728 §3.3 (mcp-oauth-rules.md §3.2).
import { challengeOf } from '../flow/exchange-helpers.ts'
import { compareUris, describeNearMiss } from '../oauth/uri-compare.ts'
import { endpointOf, splitUrl } from '../oauth/params.ts'
import { identifierOfWellKnown } from '../oauth/well-known.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { mcpAuth, rfc } from './spec-refs.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'
import { pointer } from './prm-pointer.ts'
import { WRONG_AUDIENCE_FINDINGS } from './wrong-audience.ts'

export const prmResourceMissing: Rule = {
  id: 'prm.resource.missing',
  title: 'PRM has no resource',
  severity: 'error',
  party: 'mcp-server',
  since: '2025-06-18',
  step: 'prm',
  spec: () => [rfc(9728, '2')],
  fix: [
    { party: 'mcp-server', text: 'Add `"resource": "<the MCP endpoint URL clients connect to>"` to the metadata.' },
  ],
  check(f) {
    if (!f.prm) return null
    if (typeof f.prm.doc.resource !== 'string')
      return fail(`The protected resource metadata (entry ${f.prm.ex.entry}) has no "resource" member (REQUIRED).`, [
        f.prm.ex.entry,
      ])
    return pass(`PRM resource is ${q(f.prm.doc.resource)}.`, [f.prm.ex.entry])
  },
}

/** RFC 9728 §3.3: the URL the client used (header pointer) or the identifier the suffix was inserted into. */
function expectedResource(f: FlowFacts): string | null {
  const prmEx = f.prm!.ex
  const pointed = f.flow.challenges.find((ex) => {
    const ptr = challengeOf(ex)?.params.resource_metadata
    return ptr && endpointOf(ptr) === endpointOf(prmEx.url)
  })
  if (pointed) return endpointOf(pointed.url)
  return identifierOfWellKnown(prmEx.url)
}

/** MCP "Canonical Server URI": lower-case scheme and host, no default port. */
function isCanonical(url: string): boolean {
  const u = splitUrl(url)
  if (!u) return false
  const scheme = u.scheme.toLowerCase()
  const defaultPort = (scheme === 'https' && u.port === '443') || (scheme === 'http' && u.port === '80')
  return u.scheme === u.scheme.toLowerCase() && u.host === u.host.toLowerCase() && !defaultPort
}

export const prmResourceMismatch: Rule = {
  id: 'prm.resource.mismatch',
  title: 'PRM resource does not match the MCP server URL',
  severity: 'error',
  party: 'mcp-server',
  since: '2025-06-18',
  step: 'prm',
  explains: ['resource.authorize.mismatch-prm', ...WRONG_AUDIENCE_FINDINGS, 'callback.error', 'token.response.error'],
  aliases: ['resource-mismatch-rejected'],
  spec: (rev) => [rfc(9728, '3.3'), mcpAuth(rev, 'Canonical Server URI')],
  fix: [
    {
      party: 'mcp-server',
      text: 'Set PRM `resource` to exactly the URL clients connect to (same scheme, host, port, path and trailing slash), and validate tokens against that same string.',
    },
  ],
  check(f) {
    if (!f.prm || typeof f.prm.doc.resource !== 'string') return null
    const expected = expectedResource(f)
    if (!expected)
      return unknown('The capture does not show which URL the metadata was requested for.', [f.prm.ex.entry])
    const actual = f.prm.doc.resource
    const kind = compareUris(expected, actual)
    if (kind === 'exact') return pass(`PRM resource ${q(actual)} matches the MCP server URL.`, [f.prm.ex.entry])
    // The client connected to a non-canonical spelling (upper case, :443): the PRM is right, and a
    // client that sends its own spelling as `resource` is caught at the authorization request.
    if ((kind === 'case' || kind === 'default-port') && isCanonical(actual)) {
      const why = `PRM resource ${q(actual)} is the canonical form of the URL the client used, ${q(expected)}.`
      return pass(why, [f.prm.ex.entry])
    }
    return fail(
      `PRM resource ${q(actual)} ${describeNearMiss(kind)} compared with the URL the client connected to, ${q(expected)} (entry ${f.prm.ex.entry}). RFC 9728 says a client must not use such metadata.`,
      [f.prm.ex.entry, ...f.flow.challenges.slice(0, 1).map((e) => e.entry)],
    )
  },
}
