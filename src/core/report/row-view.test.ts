// The table's filters and sort over rows in columns must show what the same filters and sort over
// row objects show: a plain, row-by-row reading of the table's rules is the reference here.
import { describe, expect, it } from 'vitest'
import { packRows, rowAt } from './row-columns.ts'
import type { RequestRow } from './rows.ts'
import { naturalKey, stepText } from './row-sort.ts'
import { statusClass, viewOrder, type ViewQuery } from './row-view.ts'

const STEPS = ['other', 'token', 'authorize', 'mcp-request', 'protected-resource-metadata'] as const
const HOSTS = ['api.example.test', 'auth.example.test', 'cdn.Example.test', 'İstanbul.example.test']

function makeRows(n: number): RequestRow[] {
  let seed = 7
  const next = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor((seed / 2 ** 31) * m))
  return Array.from({ length: n }, (_, entry) => {
    const step = STEPS[next(STEPS.length)]!
    return {
      entry,
      startedMs: next(10) === 0 ? null : 1_700_000_000_000 + next(100_000),
      method: ['GET', 'POST', 'OPTIONS'][next(3)]!,
      host: HOSTS[next(HOSTS.length)]!,
      path: `/item${next(30)}/x${next(3) === 0 ? 'Token' : ''}`,
      status: [200, 204, 302, 401, 404, 500, 0][next(7)]!,
      step,
      flow: step === 'other' ? null : `f${next(12)}`,
      size: next(5000),
      durationMs: next(4) === 0 ? null : next(900),
      auth: step !== 'other',
      carrier: next(5) === 0 ? 'inspector-proxy' : null,
    }
  })
}

const base: ViewQuery = { authOnly: false, failingOnly: false, classes: [], failing: [], search: '', sorting: [] }
const rows = makeRows(600)
const columns = packRows(rows)
const shown = (q: Partial<ViewQuery>) => Array.from(viewOrder(columns, { ...base, ...q }), (i) => rows[i]!.entry)

function reference(q: ViewQuery): RequestRow[] {
  const needle = q.search.toLowerCase()
  const searchable = (r: RequestRow) => [
    r.method,
    r.host,
    r.path,
    String(r.status),
    stepText(r.step, r.carrier),
    r.flow ?? '',
  ]
  return rows.filter(
    (r) =>
      (!q.authOnly || r.auth) &&
      (!q.failingOnly || q.failing.includes(r.entry)) &&
      (q.classes.length === 0 || q.classes.includes(statusClass(r.status))) &&
      (!needle || searchable(r).some((v) => v.toLowerCase().includes(needle))),
  )
}

describe('viewOrder', () => {
  it('rows in columns read back as the same rows', () => {
    expect(rows.map((_, i) => rowAt(columns, i))).toEqual(rows)
  })

  it.each([
    { authOnly: true },
    { failingOnly: true, failing: [3, 5, 8, 13, 400] },
    { classes: ['4xx', '5xx'] as const },
    { search: 'token' },
    { search: 'EXAMPLE.test' },
    { search: 'İstanbul' },
    { search: '40' },
    { search: 'via proxy' },
    { search: 'f1' },
    { authOnly: true, classes: ['2xx'] as const, search: 'post' },
  ])('filters like the table does, row by row: %j', (q) => {
    const query = { ...base, ...q, classes: [...(q.classes ?? [])] }
    const expected = reference(query).map((r) => r.entry)
    expect(expected.length).toBeGreaterThan(0)
    expect(shown(query)).toEqual(expected)
  })

  it('a match must lie within one row, not across two', () => {
    const two = packRows(makeRows(2).map((r, i) => ({ ...r, method: i === 0 ? 'GE' : 'T' })))
    expect(Array.from(viewOrder(two, { ...base, search: 'get' }))).toEqual([])
    expect(shown({ search: 'testapi' })).toEqual([])
  })

  it('sorts numbers, keeps rows without a time last both ways, and breaks ties by the next key', () => {
    for (const desc of [false, true]) {
      const out = shown({ sorting: [{ id: 'time', desc }] }).map((e) => rows[e]!.startedMs)
      const times = out.filter((t): t is number => t !== null)
      expect(times).toEqual([...times].sort((a, b) => (desc ? b - a : a - b)))
      expect(out.slice(times.length).every((t) => t === null)).toBe(true)
    }
    const bySizeThenEntry = shown({
      sorting: [
        { id: 'status', desc: true },
        { id: 'entry', desc: true },
      ],
    })
    const expected = [...rows].sort((a, b) => b.status - a.status || b.entry - a.entry).map((r) => r.entry)
    expect(bySizeThenEntry).toEqual(expected)
  })

  it('sorts text in natural order, case aside, ties in capture order', () => {
    const out = shown({ sorting: [{ id: 'path', desc: false }] }).map((e) => rows[e]!)
    const expected = [...rows].sort(
      (a, b) => a.path.localeCompare(b.path, 'en', { numeric: true, sensitivity: 'base' }) || a.entry - b.entry,
    )
    expect(out.map((r) => r.entry)).toEqual(expected.map((r) => r.entry))
    expect(naturalKey('item2') < naturalKey('Item10')).toBe(true)
    expect(naturalKey('a9b') < naturalKey('a10a')).toBe(true)
  })

  it('sorts steps by the name shown', () => {
    const names = shown({ sorting: [{ id: 'step', desc: false }] }).map((e) =>
      stepText(rows[e]!.step, rows[e]!.carrier),
    )
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')))
  })
})
