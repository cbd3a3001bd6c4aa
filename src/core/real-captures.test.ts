// Captures recorded by `npm run lab` from real, unmodified software on loopback (oidc-provider,
// the MCP TypeScript SDK's server and OAuth client, current and 1.12.3): the analyser gives the
// verdict written down for each scenario from its configuration.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeCapture } from './index.ts'

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'real')
const ids = readdirSync(DIR).filter((f) => f.endsWith('.har')).map((f) => f.replace(/\.har$/, ''))

interface Expected { title: string; rootCause: string | null; party?: string; fails?: string[]; noErrors?: boolean }

describe('real captures from the lab', () => {
  it('has the lab scenarios', () => expect(ids.length).toBeGreaterThanOrEqual(7))
  for (const id of ids) {
    const expected = JSON.parse(readFileSync(join(DIR, `${id}.expected.json`), 'utf8')) as Expected
    it(`${id}: ${expected.title}`, () => {
      const bytes = readFileSync(join(DIR, `${id}.har`))
      const r = analyzeCapture(bytes, `${id}.har`).report
      expect(r.verdict.rootCause).toBe(expected.rootCause)
      if (expected.party) expect(r.verdict.party).toBe(expected.party)
      const failing = r.findings.filter((f) => f.status === 'fail').map((f) => f.rule)
      for (const rule of expected.fails ?? []) expect(failing).toContain(rule)
      if (expected.noErrors) expect(r.findings.filter((f) => f.status === 'fail' && f.severity === 'error')).toEqual([])
      // Secrets were replaced by canaries after capture: the canary signature is what remains.
      expect(bytes.toString('utf8')).not.toMatch(/"access_token":"eyJ[^"]*\.(?!CANARY)[A-Za-z0-9_-]{20,}"/)
    })
  }
})
