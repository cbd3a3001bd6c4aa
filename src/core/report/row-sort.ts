// The requests table's sort over rows in columns. Each sorted column becomes one number per row
// (its value, or its text's rank among the column's distinct texts), so the sort itself compares
// numbers only. Text compares in natural order, case aside ("item2" before "item10"), like
// TanStack's `alphanumeric`; rows without a time go last either way; ties keep capture order.
import { textAt, type RowColumns } from './row-columns.ts'
import { STEP_NAME } from './step-names.ts'

type Sorting = readonly { id: string; desc: boolean }[]

/** The step column's text, as shown, searched and sorted. */
export const stepText = (step: string, carrier: string | null) =>
  STEP_NAME[step as keyof typeof STEP_NAME] + (carrier === 'inspector-proxy' ? ' (via proxy)' : '')

/** A text's key under plain string comparison that orders it naturally: each run of digits
 * becomes its length (as one character) followed by its digits, leading zeros dropped. */
export function naturalKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, (digits) => {
    const d = digits.replace(/^0+(?=\d)/, '')
    return String.fromCharCode(0x30 + Math.min(d.length, 0x30)) + d
  })
}

/** Each row's rank among the distinct texts of a column. */
function textRanks(length: number, text: (i: number) => string): Float64Array {
  const keys = new Array<string>(length)
  const distinct = new Map<string, number>()
  for (let i = 0; i < length; i++) {
    const t = text(i)
    keys[i] = t
    distinct.set(t, 0)
  }
  const natural = [...distinct.keys()].map((t) => [naturalKey(t), t] as const)
  natural.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  natural.forEach(([, t], rank) => distinct.set(t, rank))
  const out = new Float64Array(length)
  for (let i = 0; i < length; i++) out[i] = distinct.get(keys[i]!)!
  return out
}

/** One number per row for column `id`; NaN for no value. */
function sortKeys(c: RowColumns, id: string): Float64Array {
  switch (id) {
    case 'entry':
      return Float64Array.from(c.entry)
    case 'status':
      return Float64Array.from(c.status)
    case 'size':
      return c.size
    case 'time':
    case 'waterfall':
      return c.startedMs
    case 'step':
      return textRanks(c.length, (i) => stepText(textAt(c.step, i), textAt(c.carrier, i)))
    case 'method':
    case 'host':
    case 'path':
    case 'flow':
      return textRanks(c.length, (i) => textAt(c[id], i))
    default:
      return new Float64Array(c.length)
  }
}

/** `rows` (row indices, in capture order) in the order `sorting` asks for. */
export function sortOrder(c: RowColumns, rows: Int32Array, sorting: Sorting): Int32Array {
  if (sorting.length === 0) return rows
  const keys = sorting.map((s) => ({ key: sortKeys(c, s.id), sign: s.desc ? -1 : 1 }))
  const order = Array.from(rows)
  order.sort((a, b) => {
    for (const { key, sign } of keys) {
      const x = key[a]!
      const y = key[b]!
      if (x === y || (Number.isNaN(x) && Number.isNaN(y))) continue
      if (Number.isNaN(x)) return 1
      if (Number.isNaN(y)) return -1
      return x < y ? -sign : sign
    }
    return a - b
  })
  return Int32Array.from(order)
}
