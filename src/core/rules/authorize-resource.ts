// Step 5: whether the authorization request sends RFC 8707 resource, and the value the PRM names.
import { getAll, getParam, hasParam } from '../oauth/params.ts'
import { compareUris, describeNearMiss } from '../oauth/uri-compare.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { advertisedResource } from '../flow/audience.ts'
import type { Fix } from '../types.ts'
import { mcpAuth, rfc } from './spec-refs.ts'
import { fail, pass, q, type Rule } from './rule.ts'
import { issuedAudSentence } from './issued-aud.ts'
import { issuedPhrase } from '../knowledge/issued-phrase.ts'
import { authorizeEntry } from './authorize-entry.ts'
import { WRONG_AUDIENCE_FINDINGS } from './wrong-audience.ts'

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
export const RESOURCE_REFUSED_AT_CALLBACK = ['callback.error#invalid_target', 'callback.error#invalid_request'] as const

/** What a `resource` value that is sent but wrong leads to: the AS refuses it (error page, callback error,
 * token error) or issues a token whose audience is not the MCP server. */
export const BAD_RESOURCE_FINDINGS = [
  'authorize.as-error-page',
  ...RESOURCE_REFUSED_AT_CALLBACK,
  'token.response.error',
  ...WRONG_AUDIENCE_FINDINGS,
] as const

export const resourceAuthorizeMissing: Rule = {
  id: 'resource.authorize.missing',
  title: 'No resource parameter in the authorization request',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  explains: [
    'resource.token.missing',
    ...WRONG_AUDIENCE_FINDINGS,
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
  explains: BAD_RESOURCE_FINDINGS,
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
  explains: BAD_RESOURCE_FINDINGS,
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
    const advertised = advertisedResource(f)
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
