// Captured values in code spans (CommonMark 0.31 §6.1): whatever backticks a value holds, its span
// holds all of it, and readers (Markdown prose, the shared projection) see the same span.
import { describe, expect, it } from 'vitest'
import { codeSpan, splitCodeSpans } from './code-span.ts'
import { q } from '../rules/rule.ts'
import { projectMessage, WITHHELD_VALUE } from '../share/free-text.ts'

const HOSTILE = [
  'a`b',
  '`start',
  'end`',
  '``double``',
  ' spaced ',
  'x```y`z',
  '` ![x](https://evil.example/p.png) `',
  '`` <img src=x onerror=alert(1)> ``',
  '   ',
  'plain',
  'line\nbreak',
]

describe('code spans for captured values', () => {
  it('a value with any backtick runs comes back whole from its span', () => {
    for (const v of HOSTILE) {
      const parts = splitCodeSpans(`before ${codeSpan(v)} after`)
      expect(parts, JSON.stringify(v)).toEqual([
        { code: false, text: 'before ' },
        { code: true, text: v.replace(/\n/g, ' ') },
        { code: false, text: ' after' },
      ])
    }
  })

  it('reads spans as CommonMark does: n backticks close only n, an unpaired run is text', () => {
    expect(splitCodeSpans('a ``x`y`` b `c` d ` e')).toEqual([
      { code: false, text: 'a ' },
      { code: true, text: 'x`y' },
      { code: false, text: ' b ' },
      { code: true, text: 'c' },
      { code: false, text: ' d ` e' },
    ])
    expect(splitCodeSpans('`` ` ``')).toEqual([{ code: true, text: '`' }])
    expect(splitCodeSpans('no spans')).toEqual([{ code: false, text: 'no spans' }])
  })

  it('messages quote values with a fence no backtick inside can close', () => {
    expect(q('plain')).toBe('`plain`')
    expect(q('a`b')).toBe('``a`b``')
    expect(q('`tick')).toBe('`` `tick ``')
    expect(q(null)).toBe('(none)')
  })

  it('the shared projection judges the whole value, not a tail that escaped its span', () => {
    const message = `The metadata says issuer ${q('https://as.example.com` CANARYsecret42 `x')} (entry 2).`
    const shared = projectMessage(message, new Set(['https://as.example.com']))
    expect(shared).not.toContain('CANARYsecret42')
    expect(shared).toContain(WITHHELD_VALUE)
    expect(shared).toBe(`The metadata says issuer \`${WITHHELD_VALUE}\` (entry 2).`)
  })
})
