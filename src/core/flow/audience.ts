// The audience comparison (PRODUCT.md §5.5): advertised resource ↔ requested resource ↔ token
// `aud` ↔ MCP URL. Exact first, then a named near-miss, then the vendor's own identifier shapes.
import type { AudienceComparison, AudienceValue, NearMiss, ResourceParam } from '../types.ts'
import { audienceList, audienceOf } from '../oauth/jwt.ts'
import { compareUris } from '../oauth/uri-compare.ts'
import { bearerToken } from './exchange-helpers.ts'
import type { FlowFacts, IssuedToken } from './evidence.ts'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The `resource` the protected resource metadata advertises (RFC 9728 §3.3), when captured and a string. */
export const advertisedResource = (f: FlowFacts): string | null =>
  typeof f.prm?.doc.resource === 'string' ? f.prm.doc.resource : null

/** The identifier the token should be for: PRM `resource`, else the resource sent, else the MCP URL. */
export function referenceResource(f: FlowFacts): string | null {
  const advertised = advertisedResource(f)
  if (advertised !== null) return advertised
  for (const rp of [f.resource.authorize, f.resource.token]) if (rp.state === 'present') return rp.value
  return f.mcpServerUrl
}

export type AudKind = 'match' | 'client-id' | 'near-miss' | 'vendor-mapped' | 'mismatch' | 'missing'

export interface AudJudgement {
  kind: AudKind
  near: NearMiss
  aud: string[]
  reference: string | null
}

export function judgeAudience(f: FlowFacts, t: IssuedToken): AudJudgement | null {
  if (t.decoded.format !== 'jwt') return null
  const aud = audienceList(audienceOf(t.decoded.claims))
  const reference = referenceResource(f)
  if (!aud.length) return { kind: 'missing', near: 'different', aud, reference }
  if (reference && aud.includes(reference))
    return { kind: 'match', near: aud.length > 1 ? 'array-contains' : 'exact', aud, reference }
  // Descope's documented form holds the client id with the project id: not the client-id fallback.
  if (f.vendor?.audience === 'array-with-project' && isClientAndProject(aud, f.clientId)) {
    return { kind: 'vendor-mapped', near: 'vendor-mapping', aud, reference }
  }
  if (f.clientId && aud.every((a) => a === f.clientId)) return { kind: 'client-id', near: 'client-id', aud, reference }
  if (f.clientId && aud.includes(f.clientId) && !aud.some((a) => /^https?:\/\//i.test(a)))
    return { kind: 'client-id', near: 'client-id', aud, reference }
  if (reference) {
    for (const a of aud) {
      const near = compareUris(reference, a)
      if (near === 'trailing-slash' || near === 'case' || near === 'default-port' || near === 'percent-encoding')
        return { kind: 'near-miss', near, aud, reference }
    }
  }
  const shape = f.vendor?.audience
  const entraId = shape === 'guid' && aud.some((a) => GUID.test(a) || a.startsWith('api://'))
  if (entraId || (shape === 'resource-id' && aud.some((a) => a.startsWith('res_')))) {
    return { kind: 'vendor-mapped', near: 'vendor-mapping', aud, reference }
  }
  const near = reference && aud[0] ? compareUris(reference, aud[0]) : 'different'
  return { kind: 'mismatch', near, aud, reference }
}

/** [client id, project id]: two or more identifiers, none a URL, the client's own among them when it is known. */
function isClientAndProject(aud: string[], clientId: string | null): boolean {
  if (aud.length < 2 || aud.some((a) => /^https?:\/\//i.test(a))) return false
  return clientId === null || aud.includes(clientId)
}

/** MCP requests that presented this token and were answered 401 (the server's judgement). */
export function rejections(f: FlowFacts, t: IssuedToken): number[] {
  return f.flow.mcp.filter((ex) => ex.status === 401 && bearerToken(ex) === t.token).map((ex) => ex.entry)
}

export function acceptances(f: FlowFacts, t: IssuedToken): number[] {
  return f.flow.mcp
    .filter((ex) => ex.status >= 200 && ex.status < 300 && bearerToken(ex) === t.token)
    .map((ex) => ex.entry)
}

function rpValue(label: string, rp: ResourceParam, entry: number | null, reference: string | null): AudienceValue {
  if (rp.state !== 'present') return { label, value: null, state: rp.state, entry, match: null }
  return { label, value: rp.value, state: 'present', entry, match: reference ? compareUris(reference, rp.value) : null }
}

export function audienceComparison(f: FlowFacts): AudienceComparison {
  const reference = referenceResource(f)
  const values: AudienceValue[] = []
  const advertised = advertisedResource(f)
  values.push({
    label: 'Advertised resource (PRM)',
    value: advertised,
    state: f.prm ? (advertised !== null ? 'present' : 'absent') : 'not-captured',
    entry: f.prm?.ex.entry ?? null,
    match: advertised !== null ? 'exact' : null,
  })
  values.push(rpValue('resource at authorize', f.resource.authorize, f.flow.authorize?.entry ?? null, reference))
  values.push(rpValue('resource at token', f.resource.token, f.flow.tokens[0]?.entry ?? null, reference))
  if (f.flow.refreshes.length)
    values.push(rpValue('resource at refresh', f.resource.refresh, f.flow.refreshes[0]!.entry, reference))
  const t = f.tokens.find((x) => x.decoded.format === 'jwt') ?? f.tokens[0]
  if (!t) {
    values.push({ label: 'Token aud', value: null, state: 'not-captured', entry: null, match: null })
  } else if (t.decoded.format !== 'jwt') {
    values.push({
      label: `Token aud (${t.decoded.format} token)`,
      value: null,
      state: 'not-captured',
      entry: t.entry,
      match: null,
    })
  } else {
    const j = judgeAudience(f, t)!
    const aud = audienceOf(t.decoded.claims)
    values.push({
      label: 'Token aud',
      value: aud,
      state: aud === null ? 'absent' : 'present',
      entry: t.entry,
      match: j.kind === 'match' ? j.near : j.kind === 'missing' ? null : j.near,
    })
  }
  values.push({
    label: 'MCP server URL',
    value: f.mcpServerUrl,
    state: f.mcpServerUrl ? 'present' : 'not-captured',
    entry: f.flow.challenges[0]?.entry ?? f.flow.mcp[0]?.entry ?? null,
    match: f.mcpServerUrl && reference ? compareUris(reference, f.mcpServerUrl) : null,
  })
  return { reference, values, vendorExpectation: f.vendor ? `${f.vendor.name}: ${f.vendor.expectedAud}` : null }
}
