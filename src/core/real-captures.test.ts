// Captures recorded by `npm run lab` from real, unmodified software on loopback (oidc-provider,
// OpenAuth, @cloudflare/workers-oauth-provider, FastMCP, the MCP TypeScript SDK's server and OAuth
// client, mcp-remote, MCP Inspector): the analyser gives the verdict written down for each
// scenario from its configuration (lab/scenarios.mjs), never copied from the analyser's output.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeCapture } from './index.ts'

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'real')
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.har'))
  .map((f) => f.replace(/\.har$/, ''))

interface Expected {
  title: string
  outcome: 'connected' | 'failed' | 'incomplete' | 'no-flow'
  rootCause: string | null
  party: string | null
  fails?: string[]
  noErrors?: boolean
}

/**
 * Captures where today's analyser disagrees with the verdict written from the configuration. The
 * expectation stays; the case runs as `it.fails` so the suite is green and the list is explicit.
 * When the verdict work makes one of them agree, its `it.fails` fails: take it off this list.
 */
const KNOWN_DISAGREEMENTS: Record<string, string> = {}

function check(id: string, expected: Expected, bytes: Buffer) {
  const r = analyzeCapture(bytes, `${id}.har`).report
  expect(r.verdict.outcome).toBe(expected.outcome)
  expect(r.verdict.rootCause).toBe(expected.rootCause)
  expect(r.verdict.party).toBe(expected.party)
  const failing = r.findings.filter((f) => f.status === 'fail').map((f) => f.rule)
  for (const rule of expected.fails ?? []) expect(failing).toContain(rule)
  if (expected.noErrors) expect(r.findings.filter((f) => f.status === 'fail' && f.severity === 'error')).toEqual([])
}

/**
 * Every token and client credential a capture carries (access, refresh and registration access tokens,
 * client secrets, bearer headers) was replaced by a canary; JWTs keep their claims, not their signature.
 */
function expectOnlyCanaryTokens(text: string) {
  const tokens = [
    ...text.matchAll(/(?:access_token|refresh_token|client_secret)\\*"\s*:\s*\\*"([^"\\]+)/g),
    ...text.matchAll(/"value":\s*"Bearer (?!realm|resource_metadata|error|scope)([^"\\,]+)"/g),
  ].map((m) => m[1])
  for (const token of tokens) expect(token).toMatch(/CANARY/)
}

describe('real captures from the lab', () => {
  it('has at least 16 lab scenarios, each with a written expectation', () => {
    expect(ids.length).toBeGreaterThanOrEqual(16)
    for (const id of Object.keys(KNOWN_DISAGREEMENTS)) expect(ids).toContain(id)
  })
  for (const id of ids) {
    const expected = JSON.parse(readFileSync(join(DIR, `${id}.expected.json`), 'utf8')) as Expected
    const bytes = readFileSync(join(DIR, `${id}.har`))
    const disagreement = KNOWN_DISAGREEMENTS[id]
    const test = disagreement ? it.fails : it
    test(`${id}: ${expected.title}${disagreement ? ` (known disagreement: ${disagreement})` : ''}`, () => {
      check(id, expected, bytes)
    })
    it(`${id}: carries canaries, not real secrets`, () => {
      const text = bytes.toString('utf8')
      // A capture that got as far as a sign-in, a code or a token holds secrets: they are canaries now.
      if (/"(authorization|cookie)"|[?&]code=|access_token/i.test(text)) expect(text).toMatch(/CANARY/)
      expectOnlyCanaryTokens(text)
    })
  }
})
