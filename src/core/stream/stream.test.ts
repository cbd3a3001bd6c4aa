// The streaming reader gives the same report as the whole-file path, whatever the chunking.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { EXPORTERS } from '../../../fixtures/builder/exporters.ts'
import { writeBenchCapture } from '../../../bench/make-capture.ts'
import { analyzeCapture } from '../index.ts'
import { analyzeStream } from './analyze-stream.ts'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size)
}

const streamed = async (bytes: Uint8Array, name: string, size = 64 * 1024) =>
  (await analyzeStream(() => chunked(bytes, size), name, bytes.length))?.report

describe('streaming reader', () => {
  for (const story of STORIES) {
    for (const [exporter, write] of Object.entries(EXPORTERS)) {
      if (exporter === 'playwrightZip') continue
      it(`${story.id} as ${exporter}: same report as the whole-file path`, async () => {
        const file = write(story.har)
        expect(await streamed(file.bytes, file.name, 997)).toEqual(analyzeCapture(file.bytes, file.name).report)
      })
    }
  }

  it('any chunking gives the same report', async () => {
    const bytes = EXPORTERS.chrome(STORIES.find((s) => s.id === 'two-flows')!.har).bytes
    const expected = analyzeCapture(bytes, 'x.har').report
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5000 }), async (size) => {
        expect(await streamed(bytes, 'x.har', size)).toEqual(expected)
      }),
      { numRuns: 40 },
    )
  })

  it('skips large static bodies but keeps the verdict and the sizes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stream-'))
    try {
      const path = join(dir, 'c.har')
      writeBenchCapture(path, 12, 1500)
      const bytes = new Uint8Array(readFileSync(path))
      const whole = analyzeCapture(bytes, 'c.har')
      const stream = (await analyzeStream(() => chunked(bytes, 65536), 'c.har', bytes.length))!
      expect(stream.report).toEqual(whole.report)
      const skipped = stream.exchanges.filter((e) => e.responseContent === null && (e.responseSize ?? 0) > 0)
      expect(skipped.length).toBeGreaterThan(500)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a truncated stream says which entry it ended in', async () => {
    const text = JSON.stringify(STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!.har, null, 1)
    const bytes = new TextEncoder().encode(
      text.slice(0, text.indexOf('"url": "https://bright-lotus-41.authkit.app/oauth2/token"')),
    )
    const r = (await streamed(bytes, 'cut.har'))!
    expect(r.input.error?.message).toMatch(/^The file ends inside entry 5: 5 complete entries were analyzed/)
    expect(r.verdict.rootCause).toBe('resource.authorize.missing')
  })

  it('zip archives and non-HAR input go back to the whole-file path', async () => {
    const zip = EXPORTERS.playwrightZip(STORIES[0]!.har).bytes
    expect(await analyzeStream(() => chunked(zip, 1000), 'x.zip', zip.length)).toBeNull()
    const notHar = new TextEncoder().encode('{"hello": [1, 2]}')
    expect(await analyzeStream(() => chunked(notHar, 1000), 'x.json', notHar.length)).toBeNull()
  })
})
