// Markdown tables that report requests: one row per request, a cell with the URL or path and a cell
// with the status ("| GET /.well-known/oauth-protected-resource | 404 |").
import type { RawClaim } from './claims.ts'
import { stepOfUrl } from './step.ts'

const ROW = /^[ \t]*\|(.+)\|[ \t]*$/gm
const STATUS_CELL = /^[*`\s]*([1-5]\d\d)\b/
const TARGET = /(https?:\/\/[^\s`|]+|(?:^|[\s`])(\/[^\s`|]*))/

export function findTableRows(text: string): RawClaim[] {
  const out: RawClaim[] = []
  for (const m of text.matchAll(ROW)) {
    const cells = m[1]!.split('|').map((c) => c.trim())
    if (cells.every((c) => /^:?-+:?$/.test(c) || !c)) continue
    const status = cells.map((c) => STATUS_CELL.exec(c)?.[1]).find(Boolean)
    const target = cells
      .map((c) => TARGET.exec(c))
      .find((t) => t && stepOfUrl(t[1]!.startsWith('http') ? t[1]! : t[2]!))
    if (!status || !target) continue
    const url = target[1]!.startsWith('http') ? target[1]! : target[2]!
    out.push({
      kind: 'http-status',
      from: m.index!,
      to: m.index! + m[0].length,
      text: m[0],
      label: `${url} → ${status}`,
      step: stepOfUrl(url),
      data: { status: Number(status), url },
    })
  }
  return out
}
