// The core's one base64url codec: RFC 4648 §10 vectors in the URL alphabet without padding, bytes
// that need '-' and '_', a length past one 32 kB chunk, and input that is not base64url.
import { describe, expect, it } from 'vitest'
import { base64url, base64urlJson, fromBase64url } from './base64url.ts'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('base64url', () => {
  it('encodes the RFC 4648 vectors without padding', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ]
    for (const [plain, encoded] of vectors) {
      expect(base64url(bytes(plain))).toBe(encoded)
      expect(fromBase64url(encoded)).toEqual(bytes(plain))
    }
  })

  it("uses '-' and '_' where base64 has '+' and '/'", () => {
    expect(base64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_')
    expect(fromBase64url('-_-_')).toEqual(new Uint8Array([0xfb, 0xff, 0xbf]))
  })

  it('round-trips more than one chunk of bytes', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 7) % 256)
    expect(fromBase64url(base64url(big))).toEqual(big)
  })

  it('writes JSON as a JWT segment', () => {
    expect(base64urlJson({ alg: 'none' })).toBe('eyJhbGciOiJub25lIn0')
  })

  it('rejects what is not base64url', () => {
    expect(fromBase64url('a+b/')).toBeNull()
    expect(fromBase64url('abc=')).toBeNull()
    expect(fromBase64url('a')).toBeNull()
  })
})
