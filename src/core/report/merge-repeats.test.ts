// A rule repeating one sentence for each token of a flow becomes one finding with all its entries.
import { describe, expect, it } from 'vitest'
import type { Finding } from '../types.ts'
import { mergeRepeats } from './merge-repeats.ts'

const finding = (message: string, entries: number[], over: Partial<Finding> = {}): Finding => ({
  rule: 'aud.near-miss',
  status: 'fail',
  severity: 'error',
  flow: 'flow-1',
  title: 'Token aud differs',
  message,
  entries,
  spec: [],
  fix: [],
  ...over,
})

describe('mergeRepeats', () => {
  it('folds a sentence repeated with other entry numbers into its first occurrence', () => {
    const merged = mergeRepeats([
      finding('aud `x/` differs (entry 13); rejected (entry 14, 401).', [13, 14]),
      finding('aud `x/` differs (entry 17); rejected (entry 18, 401).', [17, 18]),
    ])
    expect(merged).toHaveLength(1)
    expect(merged[0]!.message).toBe('aud `x/` differs (entry 13); rejected (entry 14, 401). Also at entries 17, 18.')
    expect(merged[0]!.entries).toEqual([13, 14, 17, 18])
  })
  it('keeps findings apart when anything but the entries differs', () => {
    const list = [
      finding('aud `x/` differs (entry 13).', [13]),
      finding('aud `y/` differs (entry 17).', [17]),
      finding('aud `x/` differs (entry 19).', [19], { flow: 'flow-2' }),
      finding('aud `x/` differs (entry 21).', [21], { consequenceOf: 'resource.authorize.missing' }),
    ]
    expect(mergeRepeats(list)).toEqual(list)
  })
  it('names a long run of repeats briefly', () => {
    const list = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => finding(`The token (entry ${n}) has aud.`, [n]))
    const said = 'The token (entry 1) has aud. Also at entries 2, 3, 4, 5, 6, 7 and 2 more.'
    expect(mergeRepeats(list)[0]!.message).toBe(said)
  })
})
