// The redacted HAR keeps the diagnosis: same verdict and same fail/unknown rule IDs per story.
import { describe, expect, it } from 'vitest'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { ALL_CANARIES } from '../../../fixtures/builder/canary.ts'
import { EXPORTERS } from '../../../fixtures/builder/exporters.ts'
import { analyzeCapture, type Report } from '../index.ts'
import { redactCapture } from './redact-har.ts'

const diagnosis = (r: Report) => ({
  verdict: [r.verdict.rootCause, r.verdict.party, r.verdict.confidence],
  findings: r.findings.filter((f) => f.status !== 'pass').map((f) => `${f.rule}:${f.status}:${f.flow}`).sort(),
})

describe('redacted HAR', () => {
  for (const story of STORIES) {
    it(`${story.id}: same verdict and findings, no canary left`, () => {
      const bytes = new TextEncoder().encode(JSON.stringify(story.har))
      const red = redactCapture(bytes, 'x.har')
      expect(red.ok).toBe(true)
      if (!red.ok) return
      for (const c of ALL_CANARIES) expect(red.value).not.toContain(c)
      const before = analyzeCapture(bytes, 'x.har').report
      const after = analyzeCapture(new TextEncoder().encode(red.value), 'x.har').report
      expect(diagnosis(after)).toEqual(diagnosis(before))
      expect(JSON.parse(red.value).log.entries.length).toBe((story.har.log.entries as unknown[]).length)
    })
  }

  it('reads Playwright zips and base64 bodies, and writes plain text', () => {
    const story = STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!
    for (const exporter of [EXPORTERS.playwrightZip, EXPORTERS.fiddler]) {
      const file = exporter(story.har)
      const red = redactCapture(file.bytes, file.name)
      expect(red.ok).toBe(true)
      if (!red.ok) continue
      for (const c of ALL_CANARIES) expect(red.value).not.toContain(c)
      expect(analyzeCapture(new TextEncoder().encode(red.value), 'r.har').report.verdict.rootCause).toBe('resource.authorize.missing')
    }
  })

  it('passes a bad file on as an error value', () => {
    const red = redactCapture(new TextEncoder().encode('{"nope": 1}'), 'x.json')
    expect(red.ok).toBe(false)
  })
})
