// "Hide hostnames": every host in the report gets a stable pseudonym (host-1.example, …), the
// same everywhere, so equal hosts stay equal and a host mismatch stays visible.
import type { Report } from '../types.ts'
import { splitUrl } from '../oauth/params.ts'

export type Rewrite = (s: string) => string

const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s`"'<>)]+/gi

function hostsIn(text: string, into: Set<string>): void {
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const host = splitUrl(m[0])?.host
    if (host) into.add(host)
  }
}

export function hostPseudonyms(report: Report): Rewrite {
  const hosts = new Set<string>()
  const visit = (v: unknown): void => {
    if (typeof v === 'string') hostsIn(v, hosts)
    else if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') Object.values(v).forEach(visit)
  }
  visit(report.flows)
  visit(report.findings.map((f) => [f.message, f.fix.map((x) => x.text)]))
  visit(report.verdict.summary)
  // Hosts named without a scheme (the "no flow found" verdict lists them).
  for (const m of report.verdict.summary.matchAll(/\b([a-z0-9-]+(?:\.[a-z0-9-]+)+) \(\d+\)/gi)) hosts.add(m[1]!)
  const ordered = [...hosts].sort((a, b) => b.length - a.length)
  const names = new Map([...hosts].map((h, i) => [h, `host-${i + 1}.example`]))
  return (s: string) => {
    let out = s
    for (const h of ordered) if (out.includes(h)) out = out.split(h).join(names.get(h)!)
    return out
  }
}
