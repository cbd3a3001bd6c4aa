// Forum-ready Markdown of a shared report: verdict, audience table, one line per failing or unknown
// problem (the root cause with its fix), and the explanations folded. Every value from a capture or
// a link is in a code span or escaped (PRODUCT.md §7): no image, link, heading or HTML can come
// from either; the only HTML is the app's own <details> fold.
import type { AudienceValue, Finding } from '../types.ts'
import type { SharedReport } from '../share/shared-report.ts'
import { codeSpan, splitCodeSpans } from '../scrub/code-span.ts'
import { matchWords } from './match-words.ts'

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
  return splitCodeSpans(flat)
    .map((p) => (p.code ? code(p.text) : escapePlain(p.text)))
    .join('')
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

const PARTY: Record<string, string> = {
  client: 'MCP client',
  'mcp-server': 'MCP server',
  'authorization-server': 'authorization server',
}

/** Findings with the same flow, status and title are one problem: one line, all rule IDs. */
function merged(findings: Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    const key = `${f.flow ?? ''}\u0000${f.status}\u0000${f.title.trim().toLowerCase()}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  return [...groups.values()]
}

/** One line per problem, the root cause first with its fix; the rest is folded (see `details`). */
function headlineLine(group: Finding[], rootCause: string | null): string[] {
  const f = group[0]!
  const rules = [...new Set(group.map((x) => x.rule))].map(code).join(', ')
  const entries = [...new Set(group.flatMap((x) => x.entries))].sort((a, b) => a - b)
  const at = entries.length ? `, ${entries.length === 1 ? 'entry' : 'entries'} ${entries.join(', ')}` : ''
  const follows = group.every((x) => x.consequenceOf)
  const root = f.status === 'fail' && group.some((x) => x.rule === rootCause) && !follows
  const mark = f.status === 'fail' ? '✗' : '?'
  const tail = root ? ' — **root cause**' : follows ? ' — follows from the root cause' : ''
  const lines = [`- ${mark} ${prose(f.title)} (${rules}${at})${tail}`]
  if (root)
    for (const x of f.fix) lines.push(`  - **Fix (${escapePlain(PARTY[x.party] ?? x.party)}):** ${prose(x.text)}`)
  return lines
}

function details(group: Finding[]): string {
  const f = group[0]!
  const links = new Map(group.flatMap((x) => x.spec).map((s) => [s.url, link(`${s.doc} ${s.section}`, s.url)]))
  const spec = links.size ? ` Spec: ${[...links.values()].join(', ')}` : ''
  return `- ${prose(f.title)}: ${[...new Set(group.map((x) => prose(x.message)))].join(' ')}${spec}`
}

function flowLines(flow: SharedReport['flows'][number]): string[] {
  const out = [`### ${code(flow.id)}: ${flow.mcpServerUrl ? code(flow.mcpServerUrl) : 'unknown MCP server'}`, '']
  const { client, authorizationServer: as } = flow
  if (client.product ?? client.clientId ?? as.vendor ?? as.issuer) {
    const product = client.product ? escapePlain(client.product) : 'unknown'
    const vendor = as.vendor ? escapePlain(as.vendor) : 'unknown'
    const clientId = client.clientId ? ` (${code(client.clientId)})` : ''
    const issuer = as.issuer ? ` (${code(as.issuer)})` : ''
    out.push(
      `Client: ${product}${clientId} · Authorization server: ${vendor}${issuer} · MCP ${escapePlain(flow.revision)}`,
      '',
    )
  }
  out.push('| | value | entry | compared with the resource |', '|---|---|---|---|')
  for (const v of flow.audience.values) {
    const match = v.match ? escapePlain(matchWords(v.match)) : v.state === 'absent' ? '✗ missing' : ''
    out.push(`| ${cellSafe(prose(v.label))} | ${cell(v)} | ${v.entry ?? ''} | ${match} |`)
  }
  const vendor = flow.audience.vendorExpectation
  if (vendor) out.push('', `How this authorization server sets aud — ${prose(vendor)}`)
  out.push('')
  return out
}

/** The only HTML in the Markdown: the app's own fold, always these exact lines. */
export const FOLD_OPEN = '<details><summary>Why, spec links and what this input cannot show</summary>'
export const FOLD_CLOSE = '</details>'

/** Markdown only from a shared report (never a raw Report): what goes to a public forum went
 * through the allow-list projection, or came from a link whose titles and links were restored
 * from this app's catalog. */
export function renderMarkdown(r: SharedReport, shareLink?: string): string {
  const out: string[] = ['## MCP OAuth diagnosis', '', `> **${prose(r.verdict.summary)}**`, '']
  if (r.verdict.party) {
    const who = `**Who must act:** the ${escapePlain(PARTY[r.verdict.party] ?? r.verdict.party)}`
    out.push(`${who} · **Confidence:** ${escapePlain(r.verdict.confidence)}`, '')
  }
  for (const flow of r.flows) out.push(...flowLines(flow))
  const visible = (status: Finding['status']) => r.findings.filter((f) => f.status === status && f.severity !== 'info')
  const failing = merged(visible('fail'))
  const unknown = merged(visible('unknown'))
  const open = failing.flatMap((g) => headlineLine(g, r.verdict.rootCause))
  const checks = unknown.length === 1 ? 'check' : 'checks'
  if (unknown.length) open.push(`- ? ${unknown.length} more ${checks} this input cannot settle (below)`)
  if (open.length) out.push('### Findings', '', ...open, '')
  // Explanations, spec links, unsettled checks and capture notes are folded, so the post stays
  // short (GitHub and Discourse render <details>).
  const folded = [
    ...failing.map(details),
    ...(unknown.length
      ? ['', '**Cannot tell from this input:**', '', ...unknown.flatMap((g) => headlineLine(g, null))]
      : []),
    ...(r.completeness.length
      ? ['', '**Not in this capture:**', '', ...r.completeness.map((c) => `- ${prose(c)}`)]
      : []),
  ]
  if (folded.length) out.push(FOLD_OPEN, '', ...folded, '', FOLD_CLOSE, '')
  if (shareLink) out.push(link('Open the redacted report', shareLink), '')
  const entries = `${r.input.entries} ${r.input.entries === 1 ? 'entry' : 'entries'}`
  const from = r.input.exporter ? ` from ${escapePlain(r.input.exporter)}` : ''
  const hidden = r.input.hostsHidden ? ' · host names replaced' : ''
  const tool = escapePlain(`${r.tool.name} ${r.tool.version}`)
  out.push(`*${tool} · ${entries}${from}${hidden} · analysed locally, nothing uploaded*`)
  return out.join('\n')
}
