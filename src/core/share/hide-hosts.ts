// "Hide hostnames": every host in the shared report gets a stable pseudonym (host-1.example, …),
// the same everywhere, so equal hosts stay equal and a host mismatch stays visible. Hosts are
// found in URLs, in `aud`/`iss` values, and written without a scheme in free text.
import type { Report } from '../types.ts'
import { splitUrl } from '../oauth/params.ts'

export type Rewrite = (s: string) => string

const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s`"'<>)]+/gi
/** Top-level domains a host written without a scheme ends in (rule IDs such as
 * `resource.authorize.missing` must not look like hosts). */
const TLDS =
  'com|net|org|io|ai|app|dev|co|us|uk|de|fr|nl|jp|cn|in|eu|au|ca|ch|se|no|es|it|br|cloud|example|test|' +
  'local|localhost|internal|corp|site|online|tech|xyz|me|info|biz|gov|edu|so|sh|run|ms|azure|aws|page|link|host'
export const BARE_HOST = new RegExp(
  `(?<![\\w.@-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLDS}|xn--[a-z0-9-]+)(?![\\w-])`,
  'gi',
)

function hostsIn(text: string, into: Set<string>): void {
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const host = splitUrl(m[0])?.host
    if (host) into.add(host.toLowerCase())
  }
  for (const m of text.matchAll(BARE_HOST)) into.add(m[0].toLowerCase())
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function hostPseudonyms(report: Report): Rewrite {
  const hosts = new Set<string>()
  const visit = (v: unknown): void => {
    if (typeof v === 'string') hostsIn(v, hosts)
    else if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') Object.values(v).forEach(visit)
  }
  visit(report.flows)
  visit(report.findings.map((f) => [f.message, f.fix.map((x) => x.text)]))
  visit([report.verdict.summary, report.completeness])
  hosts.delete('')
  if (!hosts.size) return (s) => s
  const names = new Map([...hosts].map((h, i) => [h, `host-${i + 1}.example`]))
  // One pass, longest host first, whole hosts only (`ample.com` must not hit `example.com`).
  const re = new RegExp(
    `(?<![\\w.-])(?:${[...hosts]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\w-])`,
    'gi',
  )
  return (s: string) => s.replace(re, (h) => names.get(h.toLowerCase()) ?? h)
}
