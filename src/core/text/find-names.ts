// Names in prose, read with the shared knowledge tables (the same the HAR path uses): client
// products and their versions, authorization-server vendors by name or issuer host, libraries.
import { CLIENTS } from '../knowledge/clients.ts'
import { VENDORS, vendorFor } from '../knowledge/authorization-servers.ts'
import { LIBRARIES } from '../knowledge/libraries.ts'
import type { Claim, RawClaim } from './claims.ts'

const VERSION = /^[\s:(`]*(?:version[:\s]*|v)?(\d+(?:\.(?:\d+|x)){1,3})\b/i
const global = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')

/** A name claim over the match `m`: names say who is involved, not which step. */
const nameClaim = (m: RegExpMatchArray, kind: RawClaim['kind'], label: string, data: RawClaim['data']): RawClaim => ({
  kind,
  from: m.index!,
  to: m.index! + m[0].length,
  text: m[0],
  label,
  step: null,
  data,
})

export function findNames(text: string): RawClaim[] {
  const out: RawClaim[] = []
  for (const c of CLIENTS) {
    if (!c.names) continue
    for (const m of text.matchAll(global(c.names))) {
      const version = VERSION.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))?.[1] ?? null
      out.push(
        nameClaim(m, 'product', `client: ${c.name}${version ? ` ${version}` : ''}`, { product: c.product, version }),
      )
    }
  }
  for (const v of VENDORS) {
    if (!v.names) continue
    for (const m of text.matchAll(global(v.names)))
      out.push(nameClaim(m, 'vendor', `authorization server: ${v.name}`, { vendor: v.vendor }))
  }
  for (const m of text.matchAll(/https?:\/\/[^\s"'`<>)]+/g)) {
    // A host names the authorization server only where the URL plays that role: an issuer, an
    // authorize or token endpoint, metadata — not a link to an attachment or a scope URL.
    const oauthPath = /\/(oauth2?|authorize|token|realms|v2\.0|connect|oidc|\.well-known)\b/i.test(
      m[0].replace(/^https?:\/\/[^/]+/, ''),
    )
    const role = /\b(issuer|iss|authori[sz]ation[_ ]servers?|identity provider|IdP)\b/i.test(
      text.slice(Math.max(0, m.index! - 60), m.index!),
    )
    const v = oauthPath || role ? vendorFor(m[0]) : null
    if (v) out.push(nameClaim(m, 'vendor', `authorization server: ${v.name}`, { vendor: v.vendor, byHost: true }))
  }
  for (const lib of LIBRARIES) {
    for (const m of text.matchAll(global(lib.names)))
      out.push(nameClaim(m, 'library', `library: ${lib.name}`, { library: lib.id }))
  }
  return out
}

const FAILING = new RegExp(
  String.raw`\b(fail\w*|does\s*n[o']?t|can'?t|cannot|won'?t|error\w*|broken|rejects?|rejected|401|403|never` +
    String.raw`|only|except|but|when|connect(?:ed|ing)?\s+(?:to|with)?|not sending|bug)\b`,
  'i',
)
const WORKING = /\b(works?|working|fine|succeeds?|successfully)\b/i
/** Lines that name a tool without being about the connection: "Generated with X", "Co-authored-by". */
const ASIDE = /generated (with|by)|co-authored|sent from|powered by|written (with|by)/i

/** The client the text is about: named near words of failure, in the title, or most often. */
export function failingProduct(text: string, claims: readonly Claim[]): string | null {
  const scores = new Map<string, number>()
  const firstLineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')
  for (const c of claims) {
    if (c.kind !== 'product') continue
    const line = text.slice(
      text.lastIndexOf('\n', c.start - 1) + 1,
      text.indexOf('\n', c.end) < 0 ? text.length : text.indexOf('\n', c.end),
    )
    if (ASIDE.test(line)) continue
    const after = text.slice(c.end, c.end + 80)
    const before = text.slice(Math.max(0, c.start - 60), c.start)
    let score = 1
    if (FAILING.test(after) || FAILING.test(before)) score += 2
    const clauseAfter = after.split(/\bbut\b|[.;]/i)[0] ?? ''
    const clauseBefore = before.split(/\bbut\b|[.;]/i).pop() ?? ''
    if (
      (WORKING.test(clauseAfter) && !FAILING.test(clauseAfter)) ||
      (WORKING.test(clauseBefore) && !FAILING.test(clauseBefore))
    )
      score -= 3
    if (c.start < firstLineEnd) score += 2
    if (!c.observed) score -= 1
    const p = String(c.data.product)
    scores.set(p, (scores.get(p) ?? 0) + score)
  }
  const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0]
  // A product said to work is the client only when nothing in the text failed.
  const trouble = /\b(fail\w*|errors?|broken|cannot|can'?t|blocked|rejects?|401|403)\b/i.test(text)
  return best && (best[1] > 0 || !trouble) ? best[0] : null
}

export function statedVendor(claims: readonly Claim[]): string | null {
  const byHost = claims.find((c) => c.kind === 'vendor' && c.data.byHost)
  const named = new Map<string, number>()
  for (const c of claims)
    if (c.kind === 'vendor' && !c.data.byHost)
      named.set(String(c.data.vendor), (named.get(String(c.data.vendor)) ?? 0) + 1)
  return byHost ? String(byHost.data.vendor) : ([...named.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null)
}
