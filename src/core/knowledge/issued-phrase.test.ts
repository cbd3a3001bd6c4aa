// Every vendor's "without resource" phrase reads as the object of "<vendor> then issues …".
import { describe, expect, it } from 'vitest'
import { VENDORS } from './authorization-servers.ts'
import { issuedPhrase } from './issued-phrase.ts'

/** What may follow "then issues": a token or an `aud` value, not a bare adjective or a lone noun. */
const OBJECT = /^(`aud` = |an? |no |opaque tokens\b|tokens\b)/

describe('issuedPhrase', () => {
  for (const v of VENDORS) {
    it(`${v.name} then issues ${issuedPhrase(v.withoutResource)}`, () => {
      expect(issuedPhrase(v.withoutResource)).toMatch(OBJECT)
    })
  }
  it('keeps a phrase that already reads', () =>
    expect(issuedPhrase('`aud` = the client id')).toBe('`aud` = the client id'))
})
