import { describe, expect, it } from 'vitest'
import { readEntryFromHash } from './url-state.ts'

describe('url state', () => {
  it('reads the selected entry from the hash and nothing else', () => {
    expect(readEntryFromHash('#entry=12')).toBe(12)
    expect(readEntryFromHash('#view=x&entry=3')).toBe(3)
    expect(readEntryFromHash('#entry=abc')).toBeNull()
    expect(readEntryFromHash('#r=1.abc')).toBeNull()
    expect(readEntryFromHash('')).toBeNull()
  })
})
