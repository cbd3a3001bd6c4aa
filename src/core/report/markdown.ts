// Forum-ready Markdown of a report: verdict, audience table, failing and unknown findings with
// their evidence and spec links, capture notes. Renders on GitHub and Discourse.
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

function finding(f: Finding): string {
  const spec = f.spec.map((s) => `[${s.doc} ${s.section}](${s.url})`).join(', ')
  const fix = f.fix.map((x) => `  - **${x.party}**: ${x.text}`).join('\n')
  const entries = f.entries.length ? ` (entries ${f.entries.join(', ')})` : ''
  const lines = [`- **${f.status.toUpperCase()}** \`${f.rule}\` — ${f.title}${entries}${f.consequenceOf ? ` *(follows from \`${f.consequenceOf}\`)*` : ''}`, `  ${f.message}`]
  if (spec) lines.push(`  Spec: ${spec}`)
  if (fix) lines.push(fix)
  return lines.join('\n')
}

/** Markdown only from a shared report (never a raw Report): what goes to a public forum went
 * through the allow-list projection, or came from a link that did. */
export function renderMarkdown(r: SharedReport, shareLink?: string): string {
  const out: string[] = ['## MCP OAuth diagnosis', '', `> **${r.verdict.summary}**`, '']
  if (r.verdict.party) out.push(`**Who must act:** ${r.verdict.party} · **Confidence:** ${r.verdict.confidence} · **Root cause:** \`${r.verdict.rootCause}\``, '')
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
  if (shown.length) out.push('### Findings', '', ...shown.map(finding), '')
  if (r.completeness.length) out.push('### What this capture cannot show', '', ...r.completeness.map((c) => `- ${c}`), '')
  if (shareLink) out.push(`[Open the redacted report](${shareLink})`, '')
  out.push(`<sub>${r.tool.name} ${r.tool.version} · ${r.input.entries} entries${r.input.exporter ? ` from ${r.input.exporter}` : ''}${r.input.hostsHidden ? ' · host names replaced' : ''} · analysed locally, nothing uploaded</sub>`)
  return out.join('\n')
}
