// A comparison as Markdown (forum-ready) and as terminal text.
import type { CaptureDiff } from './diff.ts'

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function renderDiffMarkdown(d: CaptureDiff): string {
  const out = [`## ${d.a.name} vs ${d.b.name}`, '']
  if (d.cause) out.push(`**The difference that explains the failure:** ${cell(d.cause)}`, '')
  out.push(`| | ${cell(d.a.name)} | ${cell(d.b.name)} |`, '|---|---|---|')
  for (const r of d.rows) out.push(`| ${r.explains ? '**' + r.label + '**' : r.label}${r.differs ? ' ≠' : r.unknown ? ' ?' : ''} | \`${cell(r.a)}\` | \`${cell(r.b)}\` |`)
  out.push('', `- ${cell(d.a.name)}: ${d.a.verdict}`, `- ${cell(d.b.name)}: ${d.b.verdict}`)
  return out.join('\n')
}

export function renderDiffText(d: CaptureDiff): string {
  const w = Math.max(...d.rows.map((r) => r.label.length))
  const out = [`${d.a.name}  vs  ${d.b.name}`]
  if (d.cause) out.push(`cause: ${d.cause}`)
  out.push('')
  for (const r of d.rows) out.push(`${r.explains ? '!' : r.differs ? '≠' : r.unknown ? '?' : ' '} ${r.label.padEnd(w)}  ${r.a}  |  ${r.b}`)
  return out.join('\n')
}
