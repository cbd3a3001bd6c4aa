// Correlation walks classified exchanges in time order, yet most of a large capture is of no
// interest to it. Sorting only the exchanges it looks at yields the same sequence as sorting all
// and skipping the rest whenever `byTime` is a total order: every exchange has a start time, or
// none has. In a mix, a missing time falls back to entry order, which need not agree with the
// times around it, so the result of sorting depends on everything sorted: then all are sorted.
import type { Exchange } from '../types.ts'
import { byTime } from './exchange-helpers.ts'

function hasTime(ex: Exchange): boolean {
  return ex.startedMs !== null && !Number.isNaN(ex.startedMs)
}

/** `keep` → the kept items in the order a stable sort of all items by `byTime` puts them. */
export function timeOrder<T extends { ex: Exchange }>(items: readonly T[]): (keep: (item: T) => boolean) => T[] {
  const first = items.length ? hasTime(items[0]!.ex) : true
  const total = items.every((item) => hasTime(item.ex) === first)
  const order = (a: T, b: T) => byTime(a.ex, b.ex)
  let all: T[] | null = null
  return (keep) => {
    if (total) return items.filter(keep).sort(order)
    all ??= [...items].sort(order)
    return all.filter(keep)
  }
}
