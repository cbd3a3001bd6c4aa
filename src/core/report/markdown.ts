// Forum-ready Markdown of a shared report: verdict, audience table, failing and unknown findings
// with their evidence and spec links, capture notes. Every value from a capture or a link is in a
// code span or escaped (PRODUCT.md §7): no image, link, heading or HTML can come from either.
import type { AudienceValue, Finding } from '../types.ts'
import type { SharedReport } from '../share/shared-report.ts'
import { codeSpan, splitCodeSpans } from '../scrub/code-span.ts'

/** A CommonMark code span holding `v` literally: a fence longer than any backtick run inside. */
export const code = codeSpan

/** URLs, bare hosts and e-mail-like text would become links on GitHub (autolinks): code spans. */
const AUTOLINKABLE = /[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+|\S+@\S+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b/gi

/** Plain text with every Markdown punctuation escaped (CommonMark §2.4). */
export function escapePlain(text: string): string {
  let out = ''
  let at = 0
  for (const m of text.matchAll(AUTOLINKABLE)) {
    out += text.slice(at, m.index).replace(/[\\`*_{}[\]<>#!|~&]/g, '\\$&') + code(m[0])
    at = m.index + m[0].length
  }
  return out + text.slice(at).replace(/[\\`*_{}[\]<>#!|~&]/g, '\\$&')
}

/** Report prose: its code spans (read as CommonMark reads them) stay code, the rest is escaped. One line. */
export function prose(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ')
  return splitCodeSpans(flat).map((p) => (p.code ? code(p.text) : escapePlain(p.text))).join('')
}

/** Only plain https links without characters that could end or re-open Markdown link syntax. */
const SAFE_HREF = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~%/#=&?+,;:@$!*-]*)?$/
const link = (text: string, href: string) =>
  SAFE_HREF.test(href) ? `[${escapePlain(text)}](${href})` : `${escapePlain(text)} ${code(href)}`
const cellSafe = (s: string) => s.replace(/\|/g, '\\|')

function cell(v: AudienceValue): string {
  if (v.state !== 'present' || v.value === null) return v.state === 'absent' ? '*(absent)*' : '*(not captured)*'
  return cellSafe(Array.isArray(v.value) ? v.value.map(code).join(', ') : code(v.value))
}

function finding(f: Finding): string {
  const spec = f.spec.map((s) => link(`${s.doc} ${s.section}`, s.url)).join(', ')
  const fix = f.fix.map((x) => `  - **${escapePlain(x.party)}**: ${prose(x.text)}`).join('\n')
  const entries = f.entries.length ? ` (entries ${f.entries.join(', ')})` : ''
  const follows = f.consequenceOf ? ` *(follows from ${code(f.consequenceOf)})*` : ''
  const lines = [
    `- **${f.status.toUpperCase()}** ${code(f.rule)} — ${prose(f.title)}${entries}${follows}`,
    `  ${prose(f.message)}`,
  ]
  if (spec) lines.push(`  Spec: ${spec}`)
  if (fix) lines.push(fix)
  return lines.join('\n')
}

/** Markdown only from a shared report (never a raw Report): what goes to a public forum went
 * through the allow-list projection, or came from a link whose titles and links were restored
 * from this app's catalog. */
export function renderMarkdown(r: SharedReport, shareLink?: string): string {
  const out: string[] = ['## MCP OAuth diagnosis', '', `> **${prose(r.verdict.summary)}**`, '']
  if (r.verdict.party) {
    const root = r.verdict.rootCause ? code(r.verdict.rootCause) : 'none'
    const who = `**Who must act:** ${escapePlain(r.verdict.party)}`
    out.push(`${who} · **Confidence:** ${escapePlain(r.verdict.confidence)} · **Root cause:** ${root}`, '')
  }
  for (const flow of r.flows) {
    out.push(`### ${code(flow.id)}: ${flow.mcpServerUrl ? code(flow.mcpServerUrl) : 'unknown MCP server'}`, '')
    const product = flow.client.product ? escapePlain(flow.client.product) : 'unknown'
    const vendor = flow.authorizationServer.vendor ? escapePlain(flow.authorizationServer.vendor) : 'unknown'
    if (
      flow.client.product ??
      flow.client.clientId ??
      flow.authorizationServer.vendor ??
      flow.authorizationServer.issuer
    ) {
      const clientId = flow.client.clientId ? ` (${code(flow.client.clientId)})` : ''
      const issuer = flow.authorizationServer.issuer ? ` (${code(flow.authorizationServer.issuer)})` : ''
      const server = `Authorization server: ${vendor}${issuer}`
      out.push(`Client: ${product}${clientId} · ${server} · MCP ${escapePlain(flow.revision)}`, '')
    }
    out.push('| | value | entry | compared with the resource |', '|---|---|---|---|')
    for (const v of flow.audience.values)
      out.push(
        `| ${cellSafe(prose(v.label))} | ${cell(v)} | ${v.entry ?? ''} | ${v.match ? escapePlain(v.match) : ''} |`,
      )
    const expectation = flow.audience.vendorExpectation
    if (expectation) out.push('', `Expected aud shape — ${prose(expectation)}`)
    out.push('')
  }
  const shown = r.findings
    .filter((f) => f.status === 'fail' && f.severity !== 'info')
    .concat(r.findings.filter((f) => f.status === 'unknown' && f.severity !== 'info'))
  if (shown.length) out.push('### Findings', '', ...shown.map(finding), '')
  if (r.completeness.length)
    out.push('### What this capture cannot show', '', ...r.completeness.map((c) => `- ${prose(c)}`), '')
  if (shareLink) out.push(link('Open the redacted report', shareLink), '')
  const exporter = r.input.exporter ? ` from ${escapePlain(r.input.exporter)}` : ''
  const hidden = r.input.hostsHidden ? ' · host names replaced' : ''
  const tool = escapePlain(`${r.tool.name} ${r.tool.version}`)
  out.push(`*${tool} · ${r.input.entries} entries${exporter}${hidden} · analysed locally, nothing uploaded*`)
  return out.join('\n')
}
