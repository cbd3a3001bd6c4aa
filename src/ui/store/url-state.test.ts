import { describe, expect, it } from 'vitest'
import { hashFor, isShareHash, readEntryFromHash, readExampleFromHash } from './url-state.ts'

describe('url state', () => {
  it('reads the selected entry from the hash and nothing else', () => {
    expect(readEntryFromHash('#entry=12')).toBe(12)
    expect(readEntryFromHash('#view=x&entry=3')).toBe(3)
    expect(readEntryFromHash('#example=a-b&entry=0')).toBe(0)
    expect(readEntryFromHash('#entry=abc')).toBeNull()
    expect(readEntryFromHash('#r=1.abc')).toBeNull()
    expect(readEntryFromHash('')).toBeNull()
  })

  it('reads a bundled example id, refusing anything shaped like a path or URL', () => {
    expect(readExampleFromHash('#example=copilot-studio-workos-proxy&entry=5')).toBe('copilot-studio-workos-proxy')
    expect(readExampleFromHash('#example=../secret')).toBeNull()
    expect(readExampleFromHash('#example=https://evil.test/x.har')).toBeNull()
    expect(readExampleFromHash('#entry=5')).toBeNull()
  })

  it('writes the hash back in the same shape it reads', () => {
    expect(hashFor('trailing-slash', 7)).toBe('#example=trailing-slash&entry=7')
    expect(hashFor(null, 3)).toBe('#entry=3')
    expect(hashFor(null, null)).toBe('')
    const h = hashFor('x-1', 42)
    expect([readExampleFromHash(h), readEntryFromHash(h)]).toEqual(['x-1', 42])
  })

  it('tells a share link from view state', () => {
    expect(isShareHash('#r=1.abc')).toBe(true)
    expect(isShareHash('#r%3D1.abc')).toBe(true)
    expect(isShareHash('#entry=1')).toBe(false)
  })
})
