// The error catalog: enough sourced rows, each recognised in the team's own test text and credited to
// itself (not to an earlier, broader row), rules that exist, silence on ordinary prose, linear matching.
import { describe, expect, it } from 'vitest'
import { ALL_RULE_IDS } from '../../rules/index.ts'
import { ERROR_FAMILIES, explainKnownError, KNOWN_ERRORS } from '../error-strings.ts'
import { CATALOG_RULE_IDS } from '../../../../fixtures/catalog-rule-ids.ts'
import { ERROR_CASES, NEGATIVE_CONTROLS } from './cases.ts'

const STEPS = ['prm', 'as-metadata', 'registration', 'authorize', 'callback', 'token', 'refresh', 'mcp-request']
const firstMatch = (text: string) => KNOWN_ERRORS.find((k) => k.pattern.test(text))?.id

describe('error catalog shape', () => {
  it('has at least 150 rows, 30 of them Entra AADSTS codes', () => {
    expect(KNOWN_ERRORS.length).toBeGreaterThanOrEqual(150)
    expect(ERROR_FAMILIES.entra!.filter((k) => /AADSTS/.test(k.pattern.source)).length).toBeGreaterThanOrEqual(30)
  })
  it('every row has a unique kebab-case id, a public source, the software that prints it and a valid step', () => {
    const ids = new Set<string>()
    for (const k of KNOWN_ERRORS) {
      expect(k.id, k.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(ids.has(k.id), `duplicate ${k.id}`).toBe(false)
      ids.add(k.id)
      expect(k.source.trim().length, `source of ${k.id}`).toBeGreaterThan(3)
      expect(k.printedBy?.trim().length ?? 0, `printedBy of ${k.id}`).toBeGreaterThan(1)
      expect(k.meaning.length * k.fix.text.length, k.id).toBeGreaterThan(0)
      if (k.step !== undefined) expect(STEPS, k.id).toContain(k.step)
    }
  })
  it('cites only rule IDs of the catalog, and files each row under an implemented rule', () => {
    for (const id of ALL_RULE_IDS) expect(CATALOG_RULE_IDS, id).toContain(id)
    for (const k of KNOWN_ERRORS) {
      expect(k.rules.length, k.id).toBeGreaterThan(0)
      for (const r of k.rules) expect(CATALOG_RULE_IDS, `${k.id} cites ${r}`).toContain(r)
      expect(ALL_RULE_IDS, `${k.id} is filed under ${k.rules[0]}`).toContain(k.rules[0])
    }
  })
})

describe('error catalog matching', () => {
  it('has a test text for every row and no text without a row', () => {
    const ids = new Set(KNOWN_ERRORS.map((k) => k.id))
    for (const k of KNOWN_ERRORS) expect(ERROR_CASES[k.id], `write a test text for ${k.id}`).toBeDefined()
    for (const id of Object.keys(ERROR_CASES)) expect(ids.has(id), `test text for unknown row ${id}`).toBe(true)
  })
  for (const k of KNOWN_ERRORS) {
    it(`${k.id}: its text matches it and is credited to it`, () => {
      const text = ERROR_CASES[k.id] ?? ''
      expect(k.pattern.test(text), text).toBe(true)
      expect(firstMatch(text), text).toBe(k.id)
    })
  }
  it('tolerates forum mangling: lost and escaped underscores, smart quotes', () => {
    expect(firstMatch('The redirecturi parameter must be a Login redirect URI')).toBe('okta-redirect-not-registered')
    expect(firstMatch('Policy evaluation failed for this request')).toBe('okta-policy-failed')
    expect(firstMatch('unexpected \u201Caud\u201D claim value')).toBe('jose-aud')
    expect(firstMatch('invalid\\_token … Authentication required')).toBe('python-sdk-auth-required')
    expect(firstMatch('AADSTS 50011 on the sign-in page')).toBe('entra-redirect')
  })
  it('does not take a longer code for a shorter one', () => {
    expect(firstMatch('AADSTS500113: no reply address')).toBe('entra-no-reply-address')
    expect(firstMatch('AADSTS5001100')).toBeUndefined()
  })
  it('stays silent on ordinary sentences', () => {
    for (const s of NEGATIVE_CONTROLS)
      expect(
        KNOWN_ERRORS.filter((k) => k.pattern.test(s)).map((k) => k.id),
        s,
      ).toEqual([])
  })
  it('matches in linear time on long adversarial text', () => {
    const inputs = [
      ' '.repeat(20000),
      'a '.repeat(10000),
      '"'.repeat(20000),
      '_ '.repeat(10000),
      'invalid_grant '.repeat(1500),
      'Protected resource '.repeat(1000),
      "Redirect URI '".repeat(1500),
    ]
    for (const k of KNOWN_ERRORS) {
      const started = performance.now()
      for (const input of inputs) k.pattern.test(input + '!')
      expect(performance.now() - started, k.id).toBeLessThan(250)
    }
  })
  it('explains a text with its first row', () => {
    expect(explainKnownError('AADSTS9010010: resource and scopes disagree')).toContain('Entra ID rejects a `resource`')
    expect(explainKnownError('nothing to see here')).toBe('')
  })
})
