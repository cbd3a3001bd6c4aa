import { describe, expect, it } from 'vitest'
import type { Finding } from '../../core/index.ts'
import { mergeFindings } from './merge-findings.ts'

const f = (rule: string, over: Partial<Finding> = {}): Finding => ({
  rule,
  status: 'fail',
  severity: 'error',
  flow: 'flow-1',
  title: 'The token is for another audience',
  message: `${rule} message`,
  entries: [5],
  spec: [{ doc: 'RFC 8707', section: '§2', url: 'https://www.rfc-editor.org/rfc/rfc8707#section-2' }],
  fix: [{ party: 'client', text: 'Send resource.' }],
  ...over,
})

describe('merging duplicate findings', () => {
  it('shows one finding with every rule ID when two say the same thing', () => {
    const twin = f('aud.mismatch', { entries: [7, 5], title: 'The token is for another audience ' })
    const merged = mergeFindings([f('aud.equals-client-id'), twin])
    expect(merged).toHaveLength(1)
    expect(merged[0]!.rules).toEqual(['aud.equals-client-id', 'aud.mismatch'])
    expect(merged[0]!.entries).toEqual([5, 7])
    expect(merged[0]!.fix).toHaveLength(1)
    expect(merged[0]!.spec).toHaveLength(1)
    expect(merged[0]!.messages).toHaveLength(2)
  })

  it('keeps findings apart when the flow, status or title differ', () => {
    const merged = mergeFindings([
      f('a'),
      f('b', { flow: 'flow-2' }),
      f('c', { status: 'unknown' }),
      f('d', { title: 'Other' }),
    ])
    expect(merged.map((m) => m.rules)).toEqual([['a'], ['b'], ['c'], ['d']])
  })

  it('marks a group as a consequence only when every member is one', () => {
    expect(mergeFindings([f('a', { consequenceOf: 'x' }), f('b')])[0]!.consequenceOf).toBeUndefined()
    expect(mergeFindings([f('a', { consequenceOf: 'x' }), f('b', { consequenceOf: 'x' })])[0]!.consequenceOf).toBe('x')
  })
})
