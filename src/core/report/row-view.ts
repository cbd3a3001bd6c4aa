// Which rows the requests table shows, in which order: its filters (auth-related, failing, status
// class, text search) and its sort, over the rows in columns. One function for both places it
// runs: the page, for a few thousand rows, and the worker, for more (a sort of 100,000 rows takes
// longer than the 50 ms a page task may take; issue #14).
import { textAt, type PackedText, type RowColumns } from './row-columns.ts'
import { sortOrder, stepText } from './row-sort.ts'

export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx'

export interface ViewQuery {
  authOnly: boolean
  failingOnly: boolean
  /** Status classes to keep; none means all. */
  classes: StatusClass[]
  /** The entries a failing finding points at. */
  failing: number[]
  search: string
  /** TanStack's sorting state: the first key sorts, the next ones break ties. */
  sorting: { id: string; desc: boolean }[]
}

/** The page asks the worker for the order of more rows than this. */
export const PAGE_VIEW_MAX_ROWS = 5_000

export const statusClass = (s: number): StatusClass =>
  s === 0 ? '5xx' : (`${Math.min(5, Math.max(1, Math.floor(s / 100)))}xx` as StatusClass)

/** Rows whose text in `column` contains `needle` (already lower case), found in the joined text
 * at once rather than one row at a time. */
function markMatches(column: PackedText, needle: string, out: Uint8Array): void {
  const lower = column.text.toLowerCase()
  const { ends } = column
  if (lower.length !== column.text.length) {
    // Lower-casing changed a length (e.g. "İ"): offsets no longer line up, so row by row.
    for (let i = 0; i < ends.length; i++) if (textAt(column, i).toLowerCase().includes(needle)) out[i] = 1
    return
  }
  let at = lower.indexOf(needle)
  while (at >= 0) {
    let lo = 0
    let hi = ends.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ends[mid]! > at) hi = mid
      else lo = mid + 1
    }
    // A match running past its row's end spans two rows: not a match.
    if (at + needle.length <= ends[lo]!) {
      out[lo] = 1
      at = lower.indexOf(needle, ends[lo])
    } else at = lower.indexOf(needle, at + 1)
  }
}

/** Per row, 1 when the search text is in any searchable column (TanStack's `includesString`). */
function searchHits(c: RowColumns, search: string): Uint8Array {
  const needle = search.toLowerCase()
  const hits = new Uint8Array(c.length)
  for (const column of [c.method, c.host, c.path, c.flow]) markMatches(column, needle, hits)
  const byStatus = new Map<number, boolean>()
  const byStep = new Map<string, boolean>()
  for (let i = 0; i < c.length; i++) {
    if (hits[i]) continue
    const status = c.status[i]!
    let hit = byStatus.get(status)
    if (hit === undefined) byStatus.set(status, (hit = String(status).includes(needle)))
    if (!hit) {
      const key = textAt(c.step, i) + ' ' + textAt(c.carrier, i)
      hit = byStep.get(key)
      if (hit === undefined) {
        hit = stepText(textAt(c.step, i), textAt(c.carrier, i)).toLowerCase().includes(needle)
        byStep.set(key, hit)
      }
    }
    if (hit) hits[i] = 1
  }
  return hits
}

/** The row indices to show, in order. */
export function viewOrder(c: RowColumns, q: ViewQuery): Int32Array {
  const failing = new Set(q.failing)
  const classes = new Set(q.classes)
  const hits = q.search ? searchHits(c, q.search) : null
  const keep = new Int32Array(c.length)
  let n = 0
  for (let i = 0; i < c.length; i++) {
    if (q.authOnly && !c.auth[i]) continue
    if (q.failingOnly && !failing.has(c.entry[i]!)) continue
    if (classes.size > 0 && !classes.has(statusClass(c.status[i]!))) continue
    if (hits && !hits[i]) continue
    keep[n++] = i
  }
  return sortOrder(c, keep.slice(0, n), q.sorting)
}
