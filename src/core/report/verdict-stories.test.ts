// Every story's expected outcome, root cause and party (written from how the capture was made,
// fixtures/builder/stories.ts), and the promise of PRODUCT §5.7: a capture that connected, or that
// is not MCP at all, has no error-level finding.
import { describe, expect, it } from 'vitest'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { analyzeCapture } from '../index.ts'

const read = (har: unknown, name: string) => analyzeCapture(new TextEncoder().encode(JSON.stringify(har)), name)
const analyze = (har: unknown, name: string) => read(har, name).report
const HEADLINE = {
  connected: /^Connected: /,
  failed: /^Failed: /,
  incomplete: /^Not connected in this capture/,
  'no-flow': /^No MCP/,
}

describe('story verdicts: outcome first', () => {
  for (const story of STORIES) {
    it(`${story.id}: ${story.expect.outcome}, root cause ${story.expect.rootCause}`, () => {
      const r = analyze(story.har, `${story.id}.har`)
      expect(r.verdict.outcome).toBe(story.expect.outcome)
      expect(r.verdict.rootCause).toBe(story.expect.rootCause)
      if (story.expect.party !== undefined) expect(r.verdict.party).toBe(story.expect.party)
      // The headline says what happened before why.
      const lead = HEADLINE[story.expect.outcome]
      expect(r.verdict.summary).toMatch(lead)
    })
  }

  it('a connected or non-MCP capture has no error-level finding, whatever its flows did', () => {
    const calm = STORIES.filter((s) => s.expect.outcome === 'connected' || s.expect.outcome === 'no-flow')
    expect(calm.length).toBeGreaterThanOrEqual(5)
    for (const story of calm) {
      const errors = analyze(story.har, story.id).findings.filter((f) => f.status === 'fail' && f.severity === 'error')
      expect(errors.map((f) => `${story.id}: ${f.rule}`)).toEqual([])
    }
  })

  it('every story names an outcome, and the failing ones a root cause', () => {
    for (const story of STORIES) {
      expect(['connected', 'failed', 'incomplete', 'no-flow']).toContain(story.expect.outcome)
      if (story.expect.outcome === 'failed') expect(story.expect.rootCause, story.id).not.toBeNull()
    }
  })
})

describe('judgeCapture', () => {
  it('returns new findings and leaves its input untouched', async () => {
    const { classifyAll } = await import('../flow/classify.ts')
    const { correlate } = await import('../flow/correlate.ts')
    const { flowFacts } = await import('../flow/evidence.ts')
    const { runRules } = await import('../rules/index.ts')
    const { judgeCapture } = await import('./verdict.ts')
    const { exchanges } = read(STORIES.find((s) => s.id === 'two-flows')!.har, 'x')
    const flows = correlate(classifyAll(exchanges)).map(flowFacts)
    const capture = { exchanges, sanitized: { sanitized: false, how: null }, flows }
    const findings = runRules(flows, capture).map((f) => Object.freeze(f))
    const before = JSON.stringify(findings)
    const judged = judgeCapture(findings, flows, exchanges)
    expect(JSON.stringify(findings)).toBe(before)
    // The verdict's reading shows only in the copies: the first attempt's errors are warnings there.
    expect(findings.some((f) => f.status === 'fail' && f.severity === 'error')).toBe(true)
    expect(judged.findings.some((f) => f.status === 'fail' && f.severity === 'error')).toBe(false)
    expect(judged.findings.some((f) => f.consequenceOf === 'resource.authorize.missing')).toBe(true)
  })
})
