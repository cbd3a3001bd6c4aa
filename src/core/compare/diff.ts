// "Works in Claude, fails in X": two reports side by side, per parameter, with the differences
// that bear on the failing side's root cause first.
import type { FlowReport, ResourceParam, ViewReportLike } from './types.ts'

export interface DiffRow {
  key: string
  label: string
  a: string
  b: string
  differs: boolean
  /** This difference bears on the root cause of the failing capture. */
  explains: boolean
  /** One side does not show this parameter: not a difference, not a match either. */
  unknown: boolean
}

export interface CaptureDiff {
  schema: 'mcp-oauth-har/diff@1'
  a: { name: string; verdict: string; rootCause: string | null }
  b: { name: string; verdict: string; rootCause: string | null }
  rows: DiffRow[]
  /** The first difference that explains the failure, in words; null when none does. */
  cause: string | null
}

const NOT_CAPTURED = '(not captured)'
const rp = (v: ResourceParam | undefined) =>
  !v ? NOT_CAPTURED : v.state === 'present' ? v.value : v.state === 'absent' ? '(not sent)' : NOT_CAPTURED
const show = (v: string | null | undefined) => (v === null || v === undefined ? NOT_CAPTURED : v)
const aud = (f: FlowReport | undefined) => {
  const t = f?.tokens.find((x) => x.aud !== null)
  return t ? (Array.isArray(t.aud) ? t.aud.join(', ') : String(t.aud)) : NOT_CAPTURED
}

const FIELDS: { key: string; label: string; get: (f: FlowReport | undefined) => string }[] = [
  { key: 'resource.authorize', label: 'resource at authorize', get: (f) => rp(f?.resourceParam.authorize) },
  { key: 'resource.token', label: 'resource at token', get: (f) => rp(f?.resourceParam.token) },
  { key: 'resource.refresh', label: 'resource at refresh', get: (f) => rp(f?.resourceParam.refresh) },
  { key: 'aud', label: 'token aud', get: aud },
  { key: 'scope', label: 'scope', get: (f) => show(f?.sent?.scope) },
  { key: 'redirect', label: 'redirect_uri', get: (f) => show(f?.sent?.redirectUri) },
  {
    key: 'registration',
    label: 'registration method',
    get: (f) =>
      f?.sent?.registration === 'dcr'
        ? 'dynamic registration (DCR)'
        : f?.sent?.registration === 'cimd'
          ? 'CIMD (client ID metadata document)'
          : NOT_CAPTURED,
  },
  { key: 'auth-method', label: 'token endpoint auth method', get: (f) => show(f?.sent?.tokenAuthMethod) },
  { key: 'pkce', label: 'PKCE method', get: (f) => show(f?.sent?.pkceMethod) },
  { key: 'answer', label: "MCP server's answer", get: (f) => show(f?.sent?.mcpAnswer) },
  { key: 'advertised', label: 'advertised resource (PRM)', get: (f) => show(f?.advertisedResource) },
  { key: 'client', label: 'client', get: (f) => show(f?.client.product ?? f?.client.clientId) },
  {
    key: 'as',
    label: 'authorization server',
    get: (f) => show(f?.authorizationServer.vendor ?? f?.authorizationServer.issuer),
  },
]

/** Which parameters a root-cause rule is about, most telling first. */
function relevant(rule: string | null): string[] {
  if (!rule) return []
  if (/^(resource\.|aud\.|refresh\.resource|prm\.resource|mcp\.401)/.test(rule))
    return ['resource.authorize', 'resource.token', 'resource.refresh', 'aud', 'advertised']
  if (/^pkce\./.test(rule)) return ['pkce']
  if (/redirect-uri|^dcr\.|^cimd\.|^authorize\.as-error-page|^callback\./.test(rule))
    return ['registration', 'redirect', 'scope']
  if (/^token\.|client-auth/.test(rule)) return ['auth-method', 'resource.token']
  if (/scope/.test(rule)) return ['scope']
  return []
}

export function diffReports(a: ViewReportLike, b: ViewReportLike): CaptureDiff {
  const fa = a.flows[0]
  const fb = b.flows[0]
  const failing = a.verdict.rootCause ?? b.verdict.rootCause
  const bears = relevant(failing)
  const rows = FIELDS.map((x) => {
    const va = x.get(fa)
    const vb = x.get(fb)
    const unknown = va !== vb && (va === NOT_CAPTURED || vb === NOT_CAPTURED)
    const differs = va !== vb && !unknown
    return { key: x.key, label: x.label, a: va, b: vb, differs, explains: differs && bears.includes(x.key), unknown }
  })
  const rank = (r: DiffRow) => (r.explains ? bears.indexOf(r.key) : r.differs ? 100 : r.unknown ? 150 : 200)
  rows.sort((x, y) => rank(x) - rank(y))
  const first = rows.find((r) => r.explains)
  return {
    schema: 'mcp-oauth-har/diff@1',
    a: { name: a.input.name ?? 'A', verdict: a.verdict.summary, rootCause: a.verdict.rootCause },
    b: { name: b.input.name ?? 'B', verdict: b.verdict.summary, rootCause: b.verdict.rootCause },
    rows,
    cause: first ? `${first.label}: ${first.a} in ${a.input.name ?? 'A'}, ${first.b} in ${b.input.name ?? 'B'}` : null,
  }
}
