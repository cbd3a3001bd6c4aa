// Exporter variants of one story give the same verdict and the same findings.
import { describe, expect, it } from 'vitest'
import { STORIES } from '../../fixtures/builder/stories.ts'
import { EXPORTERS } from '../../fixtures/builder/exporters.ts'
import { analyzeCapture } from './index.ts'

const summary = (bytes: Uint8Array, name: string) => {
  const r = analyzeCapture(bytes, name).report
  return {
    verdict: r.verdict,
    findings: r.findings.map((f) => `${f.rule}:${f.status}:${f.severity}:${f.entries.join(',')}`).sort(),
    error: r.input.error,
  }
}

describe('exporter variants', () => {
  for (const id of [
    'copilot-studio-workos-proxy',
    'refresh-without-resource',
    'pkce-verifier-mismatch',
    'inspector-wrapped',
  ]) {
    const story = STORIES.find((s) => s.id === id)!
    const expected = summary(EXPORTERS.chrome(story.har).bytes, 'chrome.har')
    for (const [name, exporter] of Object.entries(EXPORTERS)) {
      if (name === 'chrome') continue
      it(`${id} as ${name}`, () => {
        const file = exporter(story.har)
        const got = summary(file.bytes, file.name)
        expect(got.error).toBeNull()
        expect(got.verdict.rootCause).toBe(story.expect.rootCause)
        expect(got).toEqual(expected)
      })
    }
  }
})
