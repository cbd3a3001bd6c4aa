// A comparison as Markdown (forum-ready) and as terminal text. The Markdown is as safe as the
// report's (PRODUCT.md §7): values in code spans, names and prose escaped, no markup from a capture.
import type { CaptureDiff } from './diff.ts'
import { code, escapePlain, prose } from '../report/markdown.ts'

const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ')
/** Escaped text: its `|` is escaped already, which a GFM table cell also needs. */
const plain = (s: string) => escapePlain(oneLine(s))
/** A GFM table splits cells at `|` before it reads code spans, so a pipe is escaped even in code. */
const value = (s: string) => code(s).replace(/\|/g, '\\|')

export function renderDiffMarkdown(d: CaptureDiff): string {
  const [a, b] = [plain(d.a.name), plain(d.b.name)]
  const out = [`## ${a} vs ${b}`, '']
  const first = d.rows.find((r) => r.explains)
  if (first) {
    const why = `${plain(first.label)}: ${code(first.a)} in ${a}, ${code(first.b)} in ${b}`
    out.push(`**The difference that explains the failure:** ${why}`, '')
  }
  out.push(`| | ${a} | ${b} |`, '|---|---|---|')
  for (const r of d.rows) {
    const label = plain(r.label)
    const mark = r.differs ? ' ≠' : r.unknown ? ' ?' : ''
    out.push(`| ${r.explains ? `**${label}**` : label}${mark} | ${value(r.a)} | ${value(r.b)} |`)
  }
  out.push('', `- ${a}: ${prose(d.a.verdict)}`, `- ${b}: ${prose(d.b.verdict)}`)
  return out.join('\n')
}

export function renderDiffText(d: CaptureDiff): string {
  const w = Math.max(...d.rows.map((r) => r.label.length))
  const out = [`${d.a.name}  vs  ${d.b.name}`]
  if (d.cause) out.push(`cause: ${d.cause}`)
  out.push('')
  for (const r of d.rows)
    out.push(`${r.explains ? '!' : r.differs ? '≠' : r.unknown ? '?' : ' '} ${r.label.padEnd(w)}  ${r.a}  |  ${r.b}`)
  return out.join('\n')
}
