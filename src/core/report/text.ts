// Plain-text rendering for the terminal (CLI default output).
import type { Report } from '../types.ts'
import { matchWords } from './match-words.ts'

const MARK: Record<string, string> = { fail: '✗', unknown: '?', pass: '✓' }

export function renderText(r: Report, opts: { all?: boolean } = {}): string {
  const out: string[] = [`${r.input.name}: ${r.verdict.summary}`]
  if (r.verdict.party)
    out.push(
      `  who must act: ${r.verdict.party}   confidence: ${r.verdict.confidence}   root cause: ${r.verdict.rootCause}`,
    )
  if (r.input.error && r.input.error.message !== r.verdict.summary) out.push(`  input: ${r.input.error.message}`)
  for (const flow of r.flows) {
    // A probe has no client: its own requests are not anyone's client.
    const client = r.input.kind === 'probe' ? '' : `  client=${flow.client.product ?? flow.client.clientId ?? '?'}`
    const as = flow.authorizationServer.vendor ?? flow.authorizationServer.issuer ?? '?'
    const server = flow.mcpServerUrl ?? '(unknown MCP server)'
    out.push('', `  ${flow.id}  ${server}${client}  as=${as}  mcp=${flow.revision}`)
    // A probe never sees authorize, token or `aud`: rows it cannot have are noise there.
    const rows = flow.audience.values.filter((v) => r.input.kind !== 'probe' || v.state !== 'not-captured')
    for (const v of rows) {
      const value =
        v.state === 'present' ? (Array.isArray(v.value) ? JSON.stringify(v.value) : String(v.value)) : `(${v.state})`
      out.push(
        `    ${v.label.padEnd(28)} ${value}${v.match && v.match !== 'exact' ? `   [${matchWords(v.match)}]` : ''}${v.entry !== null ? `   #${v.entry}` : ''}`,
      )
    }
  }
  const shown = r.findings.filter((f) => opts.all || (f.status !== 'pass' && f.severity !== 'info'))
  if (shown.length) out.push('')
  for (const f of shown) {
    const follows = f.consequenceOf ? ` (follows from ${f.consequenceOf})` : ''
    out.push(`  ${MARK[f.status]} ${f.severity.padEnd(7)} ${f.rule.padEnd(36)} ${f.message}${follows}`)
    // The fix is what a reader acts on; consequences are fixed by fixing their cause.
    if (f.status === 'fail' && !f.consequenceOf) for (const x of f.fix) out.push(`      fix (${x.party}): ${x.text}`)
  }
  if (r.claims?.length) {
    // One line per distinct claim; a name said five times is one fact.
    const lines = new Map<string, number[]>()
    for (const c of r.claims) {
      const line = `${c.kind}${c.step ? ` at ${c.step}` : ''}: ${c.label}${c.observed ? '' : ' (not evidence: suggested, expected or a placeholder)'}`
      lines.set(line, [...(lines.get(line) ?? []), c.entry])
    }
    out.push('', '  claims read from your text:')
    for (const [line, entries] of [...lines].slice(0, 40))
      out.push(`    ${entries.map((e) => `#${e}`).join(' ')} ${line}`)
    if (lines.size > 40) out.push(`    … and ${lines.size - 40} more`)
  }
  if (r.completeness.length) out.push('', ...r.completeness.map((c) => `  note: ${c}`))
  return out.join('\n')
}
