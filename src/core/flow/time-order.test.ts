// Sorting only the exchanges correlation looks at must give the sequence a sort of all of them
// would, skipped to those: with every time present, and with a mix of missing times (where
// `byTime` is not a total order and the subset alone may sort differently).
import { describe, expect, it } from 'vitest'
import type { Exchange } from '../types.ts'
import { byTime } from './exchange-helpers.ts'
import { timeOrder } from './time-order.ts'

type Item = { ex: Exchange; kind: 'step' | 'other' }

function item(entry: number, startedMs: number | null, kind: Item['kind']): Item {
  return { ex: { entry, startedMs } as Exchange, kind }
}

/** A fixed pseudo-random capture: times out of entry order, ties, and (when `gaps`) missing times. */
function capture(n: number, gaps: boolean): Item[] {
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  return Array.from({ length: n }, (_, i) => {
    const time = gaps && next() < 0.2 ? null : Math.floor(next() * 50)
    // Exchanges unwrapped from one proxy entry share its number.
    return item(i > 0 && next() < 0.1 ? i - 1 : i, time, next() < 0.3 ? 'step' : 'other')
  })
}

const reference = (items: Item[], keep: (i: Item) => boolean) =>
  [...items].sort((a, b) => byTime(a.ex, b.ex)).filter(keep)
const isStep = (i: Item) => i.kind === 'step'

describe('timeOrder', () => {
  it('keeps the full sort order of the kept items when every exchange has a time', () => {
    const items = capture(500, false)
    expect(timeOrder(items)(isStep)).toEqual(reference(items, isStep))
  })

  it('keeps the full sort order when times are missing in places', () => {
    // b (10 ms, entry 1) < a (no time, entry 5) < c (5 ms, entry 9) < b: no total order.
    const items = [item(1, 10, 'step'), item(5, null, 'other'), item(9, 5, 'step'), ...capture(300, true)]
    const sorted = timeOrder(items)(isStep)
    expect(sorted).toEqual(reference(items, isStep))
    expect(sorted.map((i) => i.ex.entry)).not.toEqual(
      items
        .filter(isStep)
        .sort((a, b) => byTime(a.ex, b.ex))
        .map((i) => i.ex.entry),
    )
  })

  it('keeps equal exchanges in their original order', () => {
    const items = [item(3, 5, 'step'), item(3, 5, 'step'), item(1, 5, 'step')]
    const sorted = timeOrder(items)(isStep)
    expect(sorted).toEqual([items[2], items[0], items[1]])
    expect(sorted[1]).toBe(items[0])
  })
})
