// The body keeper collects, entry by entry, what the capture advertises; the streaming path hands
// that to the analysis instead of collecting it again. It must be what `collectKnown` finds over
// the same exchanges, for every story and every exporter's shape of it — and is not used where the
// exchanges analysed are not the entries it saw (MCP Inspector envelopes are unwrapped).
import { describe, expect, it } from 'vitest'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { EXPORTERS } from '../../../fixtures/builder/exporters.ts'
import { readCapture, restoreEntry } from '../ingest/index.ts'
import { collectKnown } from '../flow/classify.ts'
import { BodyKeeper } from './keep-body.ts'
import { analyzeCapture } from '../index.ts'
import { analyzeStream } from './analyze-stream.ts'

describe('BodyKeeper.known', () => {
  for (const story of STORIES) {
    it(`${story.id}: equals collectKnown of the entries seen`, () => {
      for (const [exporter, write] of Object.entries(EXPORTERS)) {
        if (exporter === 'playwrightZip') continue
        const file = write(story.har)
        const read = readCapture(file.bytes, file.name)
        if (!read.ok) throw new Error(`${exporter}: ${read.error.message}`)
        const keeper = new BodyKeeper()
        const exchanges = read.value.rawEntries.map((raw, i) => restoreEntry(raw, i, read.value.attachments))
        for (const ex of exchanges) expect(keeper.see(ex, null)).toBe(true)
        keeper.finish(exchanges)
        expect(keeper.known(), exporter).toEqual(collectKnown(exchanges))
      }
    })
  }
})

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

it('Inspector envelopes with the PRM at a custom path: the streaming report is the whole-file one', async () => {
  // Only the 401 inside an envelope points at this PRM: what the envelopes advertise does not.
  const story = STORIES.find((s) => s.id === 'inspector-wrapped')!
  const text = JSON.stringify(story.har).replace(
    /https:\/\/([a-z0-9.-]+)\/\.well-known\/oauth-protected-resource[^"\\]*/g,
    'https://$1/meta/prm-document',
  )
  const bytes = new TextEncoder().encode(text)
  const whole = analyzeCapture(bytes, 'x.har').report
  expect(whole.findings.some((f) => f.rule.startsWith('prm.') && f.status === 'pass')).toBe(true)
  expect((await analyzeStream(() => chunked(bytes, 4096), 'x.har', bytes.length))!.report).toEqual(whole)
})
