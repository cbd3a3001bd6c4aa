// Forum-ready Markdown of a report: verdict, audience table, one line per failing or unknown
// problem (the root cause with its fix), and the explanations folded. Renders on GitHub and Discourse.
import type { AudienceValue, Finding } from '../types.ts'
import type { SharedReport } from '../share/shared-report.ts'

/** Inline code that survives backticks inside the value. */
export function code(v: string): string {
  const ticks = v.includes('`') ? '``' : '`'
  return `${ticks}${v.replace(/\r?\n/g, ' ')}${ticks}`
}

function cell(v: AudienceValue): string {
  if (v.state !== 'present' || v.value === null) return v.state === 'absent' ? '*(absent)*' : '*(not captured)*'
  const text = Array.isArray(v.value) ? v.value.map(code).join(', ') : code(v.value)
  return text.replace(/\|/g, '\\|')
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
  const rules = [...new Set(group.map((x) => x.rule))].map((r) => `\`${r}\``).join(', ')
  const entries = [...new Set(group.flatMap((x) => x.entries))].sort((a, b) => a - b)
  const at = entries.length ? `, entries ${entries.join(', ')}` : ''
  const root = f.status === 'fail' && group.some((x) => x.rule === rootCause) && !group.every((x) => x.consequenceOf)
  const mark = f.status === 'fail' ? '✗' : '?'
  const follows = group.every((x) => x.consequenceOf)
  const tail = root ? ' — **root cause**' : follows ? ' — follows from the root cause' : ''
  const lines = [`- ${mark} ${f.title} (${rules}${at})${tail}`]
  if (root) for (const x of f.fix) lines.push(`  - **Fix (${PARTY[x.party] ?? x.party}):** ${x.text}`)
  return lines
}

function details(group: Finding[]): string {
  const f = group[0]!
  const links = new Map(group.flatMap((x) => x.spec).map((s) => [s.url, `[${s.doc} ${s.section}](${s.url})`]))
  const spec = links.size ? ` Spec: ${[...links.values()].join(', ')}` : ''
  return `- ${f.title}: ${[...new Set(group.map((x) => x.message))].join(' ')}${spec}`
}

/** Markdown only from a shared report (never a raw Report): what goes to a public forum went
 * through the allow-list projection, or came from a link that did. */
export function renderMarkdown(r: SharedReport, shareLink?: string): string {
  const out: string[] = ['## MCP OAuth diagnosis', '', `> **${r.verdict.summary}**`, '']
  if (r.verdict.party) {
    out.push(`**Who must act:** the ${PARTY[r.verdict.party]} · **Confidence:** ${r.verdict.confidence}`, '')
  }
  for (const flow of r.flows) {
    out.push(`### ${flow.id}: ${flow.mcpServerUrl ? code(flow.mcpServerUrl) : 'unknown MCP server'}`, '')
    const who = [flow.client.product ?? flow.client.clientId, flow.authorizationServer.vendor ?? flow.authorizationServer.issuer].filter(Boolean)
    if (who.length) out.push(`Client: ${flow.client.product ?? 'unknown'}${flow.client.clientId ? ` (${code(flow.client.clientId)})` : ''} · Authorization server: ${flow.authorizationServer.vendor ?? 'unknown'}${flow.authorizationServer.issuer ? ` (${code(flow.authorizationServer.issuer)})` : ''} · MCP ${flow.revision}`, '')
    out.push('| | value | entry | compared with the resource |', '|---|---|---|---|')
    for (const v of flow.audience.values) out.push(`| ${v.label} | ${cell(v)} | ${v.entry ?? ''} | ${v.match ?? ''} |`)
    if (flow.audience.vendorExpectation) out.push('', `Expected aud shape — ${flow.audience.vendorExpectation}`)
    out.push('')
  }
  const shown = r.findings.filter((f) => f.status === 'fail' && f.severity !== 'info').concat(r.findings.filter((f) => f.status === 'unknown' && f.severity !== 'info'))
  const failing = merged(shown.filter((f) => f.status === 'fail'))
  const unknown = merged(shown.filter((f) => f.status === 'unknown'))
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
    ...(r.completeness.length ? ['', '**Not in this capture:**', '', ...r.completeness.map((c) => `- ${c}`)] : []),
  ]
  const summary = '<details><summary>Why, spec links and what this input cannot show</summary>'
  if (folded.length) out.push(summary, '', ...folded, '', '</details>', '')
  if (shareLink) out.push(`[Open the redacted report](${shareLink})`, '')
  const entries = `${r.input.entries} ${r.input.entries === 1 ? 'entry' : 'entries'}`
  const from = r.input.exporter ? ` from ${r.input.exporter}` : ''
  const hidden = r.input.hostsHidden ? ' · host names replaced' : ''
  const tool = `${r.tool.name} ${r.tool.version}`
  out.push(`<sub>${tool} · ${entries}${from}${hidden} · analysed locally, nothing uploaded</sub>`)
  return out.join('\n')
}
