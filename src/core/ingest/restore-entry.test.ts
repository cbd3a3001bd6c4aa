// restoreEntry reuses what consecutive entries repeat (header objects, strings) and reads the
// common date shape digit by digit: each entry must still restore exactly as it would alone.
import { describe, expect, it } from 'vitest'
import { restoreEntry, restoreHeaders } from './restore-entry.ts'
import { parseHarDate } from './har-date.ts'

const none = () => undefined
const entry = (headers: unknown[], extra: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-11-20T09:30:00.350Z',
  request: { method: 'GET', url: 'https://api.example.org/x', headers },
  response: { status: 200, headers: [], content: { mimeType: 'application/json', text: '{}' } },
  ...extra,
})

describe('restoreEntry after other entries', () => {
  const lists: unknown[][] = [
    [
      { name: 'Accept', value: 'a' },
      { name: 'X-Id', value: '1' },
    ],
    [
      { name: 'Accept', value: 'a' },
      { name: 'X-Id', value: '2' },
    ],
    [{ name: 'accept', value: 'a' }, ['X-Id', ['2', 3]]],
    [
      { name: 'X-Id', value: '2' },
      { name: 'Accept', value: 'a' },
    ],
    [{ name: '', value: 'a' }, { name: 7, value: null }, 'junk', null],
    [
      { name: 7, value: 'b' },
      { name: 'Accept', value: 'a' },
    ],
    [
      { name: 'Accept', value: 'a' },
      { name: 'X-Id', value: '1' },
    ],
  ]

  it('gives each entry the headers it gives alone, in any order of entries', () => {
    const alone = lists.map((l) => restoreHeaders(l))
    for (const order of [lists.keys(), [...lists.keys()].reverse()]) {
      for (const i of order) expect(restoreEntry(entry(lists[i]!), i, none).requestHeaders).toEqual(alone[i])
    }
    expect(alone[2]).toEqual([
      { name: 'accept', value: 'a' },
      { name: 'x-id', value: '2, 3' },
    ])
    expect(alone[5]).toEqual([
      { name: '7', value: 'b' },
      { name: 'accept', value: 'a' },
    ])
  })

  it('shares an equal header with the previous entry and never a different one', () => {
    const a = restoreEntry(entry(lists[0]!), 0, none)
    const b = restoreEntry(entry(lists[1]!), 1, none)
    expect(b.requestHeaders[0]).toBe(a.requestHeaders[0])
    expect(b.requestHeaders[1]).not.toBe(a.requestHeaders[1])
    expect(b.requestHeaders).not.toBe(a.requestHeaders)
  })

  it('keeps time and timings absent when the exporter wrote none, in HAR order when present', () => {
    const bare = restoreEntry(entry([], { time: -1, timings: { dns: -1 } }), 0, none)
    expect('durationMs' in bare || 'timings' in bare).toBe(false)
    const timed = restoreEntry(entry([], { time: 12, timings: { receive: 2, wait: 9, blocked: 1, ssl: -1 } }), 0, none)
    expect(timed.durationMs).toBe(12)
    expect(Object.keys(timed.timings!)).toEqual(['blocked', 'wait', 'receive'])
  })
})

describe('parseHarDate', () => {
  it('reads the common shape as Date.parse does, invalid fields included', () => {
    const shapes = ['2026-11-20T09:30:00.350Z', '2024-02-29T23:59:59.999Z', '0099-01-01T00:00:00.000Z']
    const odd = ['2026-02-31T00:00:00.000Z', '2026-13-01T00:00:00.000Z', '2026-01-01T24:00:00.000Z']
    for (const v of [...shapes, ...odd, '2026-01-01T00:60:00.000Z', '2026-01-01T00:00:61.000Z'])
      expect(Object.is(parseHarDate(v), Date.parse(v)), v).toBe(true)
    expect(parseHarDate('2026-11-20T09:3x:00.350Z')).toBeNull()
  })
})
