// The requests table's rows in columns: one typed array per number and one joined string per text
// column. 100,000 row objects cost the page 100–300 ms to receive (structured clone) and to collect
// again (GC); a dozen typed arrays and strings cost a few ms (copies of whole buffers). A row
// object is made again only for a row on screen (`rowAt`).
import type { RequestRow } from './rows.ts'

/** Strings of one column laid end to end: row i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface PackedText {
  text: string
  ends: Uint32Array
}

export interface RowColumns {
  length: number
  entry: Int32Array
  status: Int32Array
  size: Float64Array
  /** NaN where the row has none (null). */
  startedMs: Float64Array
  durationMs: Float64Array
  auth: Uint8Array
  method: PackedText
  host: PackedText
  path: PackedText
  step: PackedText
  /** '' for none (null). */
  flow: PackedText
  carrier: PackedText
}

type TextColumn = 'method' | 'host' | 'path' | 'step' | 'flow' | 'carrier'

function pack(rows: readonly RequestRow[], value: (r: RequestRow) => string): PackedText {
  const ends = new Uint32Array(rows.length)
  const parts = new Array<string>(rows.length)
  let at = 0
  for (let i = 0; i < rows.length; i++) {
    const s = value(rows[i]!)
    parts[i] = s
    at += s.length
    ends[i] = at
  }
  return { text: parts.join(''), ends }
}

export function textAt(column: PackedText, i: number): string {
  return column.text.slice(i === 0 ? 0 : column.ends[i - 1], column.ends[i])
}

const orNaN = (n: number | null) => (n === null ? NaN : n)
const orNull = (n: number) => (Number.isNaN(n) ? null : n)

export function packRows(rows: readonly RequestRow[]): RowColumns {
  const n = rows.length
  const c: RowColumns = {
    length: n,
    entry: new Int32Array(n),
    status: new Int32Array(n),
    size: new Float64Array(n),
    startedMs: new Float64Array(n),
    durationMs: new Float64Array(n),
    auth: new Uint8Array(n),
    method: pack(rows, (r) => r.method),
    host: pack(rows, (r) => r.host),
    path: pack(rows, (r) => r.path),
    step: pack(rows, (r) => r.step),
    flow: pack(rows, (r) => r.flow ?? ''),
    carrier: pack(rows, (r) => r.carrier ?? ''),
  }
  for (let i = 0; i < n; i++) {
    const r = rows[i]!
    c.entry[i] = r.entry
    c.status[i] = r.status
    c.size[i] = r.size
    c.startedMs[i] = orNaN(r.startedMs)
    c.durationMs[i] = orNaN(r.durationMs)
    c.auth[i] = r.auth ? 1 : 0
  }
  return c
}

export const noRows = (): RowColumns => packRows([])

/** Row `i` as an object again, for a row on screen. */
export function rowAt(c: RowColumns, i: number): RequestRow {
  const text = (column: TextColumn) => textAt(c[column], i)
  const flow = text('flow')
  const carrier = text('carrier')
  return {
    entry: c.entry[i]!,
    startedMs: orNull(c.startedMs[i]!),
    method: text('method'),
    host: text('host'),
    path: text('path'),
    status: c.status[i]!,
    step: text('step') as RequestRow['step'],
    flow: flow === '' ? null : flow,
    size: c.size[i]!,
    durationMs: orNull(c.durationMs[i]!),
    auth: c.auth[i] === 1,
    carrier: carrier === '' ? null : (carrier as RequestRow['carrier']),
  }
}

/** The row index of entry `entry`, or -1. Rows are in entry order, usually row i is entry i. */
export function rowOfEntry(c: RowColumns, entry: number): number {
  if (entry >= 0 && entry < c.length && c.entry[entry] === entry) return entry
  return c.entry.indexOf(entry)
}
