// The streaming reader (every file over 16 MB) gives the whole-file report for every story, with
// bodies of every size class, PRM at a custom path, 16 MB of large bodies at ordinary and unusual
// URLs around the flow, and arbitrary chunking; a broken entry is located identically and costs
// only itself.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { STORIES, type Story } from '../../../fixtures/builder/stories.ts'
import { entry } from '../../../fixtures/builder/har.ts'
import { analyzeCapture } from '../index.ts'
import { analyzeStream } from './analyze-stream.ts'
import { INLINE_BODY_BYTES } from './entry-batch.ts'

const enc = (s: string) => new TextEncoder().encode(s)
const STREAM_THRESHOLD = 16 * 1024 * 1024

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}
const streamed = async (bytes: Uint8Array, size: number) =>
  (await analyzeStream(() => chunked(bytes, size), 'x.har', bytes.length))?.report
const whole = (bytes: Uint8Array) => analyzeCapture(bytes, 'x.har').report

/** Body sizes around every boundary the streaming reader has: inline, cut out, batch, arena. */
const SIZE_CLASSES = [0, INLINE_BODY_BYTES - 40, INLINE_BODY_BYTES + 1, 64 * 1024, 1_100_000, 4_300_000]
const filler = (n: number) => 'abcdefghij0123456789 '.repeat(Math.ceil(n / 21)).slice(0, n)

/** Grows every JSON object body by an extension member (ignored by rules), one size class per entry. */
function padBodies(har: Story['har'], classes: number[]): Story['har'] {
  const entries = (har.log.entries as Record<string, any>[]).map((e, i) => {
    const content = e.response?.content
    const text: unknown = content?.text
    if (typeof text !== 'string' || !text.trimStart().startsWith('{') || content.encoding) return e
    try {
      const doc = JSON.parse(text)
      const pad = classes[i % classes.length]!
      if (pad) doc.x_padding = filler(pad)
      return { ...e, response: { ...e.response, content: { ...content, text: JSON.stringify(doc), size: pad } } }
    } catch {
      return e
    }
  })
  return { log: { ...har.log, entries } }
}

/** The PRM served at a path no well-known pattern matches; only the 401's pointer finds it. */
const customPrmPath = (text: string) =>
  text.replace(
    /https:\/\/([a-z0-9.-]+)\/\.well-known\/oauth-protected-resource[^"\\]*/g,
    'https://$1/meta/prm-document',
  )

/** 16 MB of large bodies: scripts and pages, JSON at ordinary API URLs and at URLs a rule might like. */
function noise(count: number, bytes: number, at: number): Record<string, unknown>[] {
  const kinds = [
    (i: number) => ({
      url: `https://cdn.example.net/assets/chunk-${i}.js`,
      status: 200,
      responseBody: { mimeType: 'application/javascript', text: filler(bytes) },
    }),
    (i: number) => ({
      url: `https://api.example.org/v1/items/${i}`,
      status: 200,
      responseBody: { mimeType: 'application/json', text: JSON.stringify({ id: i, text: filler(bytes) }) },
    }),
    (i: number) => ({
      url: `https://app.example.org/config/tenant-${i}.json`,
      status: 200,
      responseBody: {
        mimeType: 'application/json',
        text: JSON.stringify({
          issuer: 'https://idp.example.org',
          resource: `https://app.example.org/${i}`,
          notes: filler(bytes),
        }),
      },
    }),
    (i: number) => ({
      url: `https://www.example.org/oauth/help/${i}`,
      status: 200,
      resourceType: 'document' as const,
      responseBody: { mimeType: 'text/html', text: `<html>${filler(bytes)}</html>` },
    }),
  ]
  return Array.from({ length: count }, (_, i) => entry(kinds[i % kinds.length]!(i), at + i))
}

/** The story's entries with noise before and after; all entries stay in time order. */
function padded(story: Story, classes: number[]): Uint8Array {
  const har = padBodies(story.har, classes)
  const flow = har.log.entries as unknown[]
  const perEntry = 48 * 1024
  const count = Math.ceil(STREAM_THRESHOLD / perEntry)
  const before = noise(count >> 1, perEntry, 0)
  const after = noise(count - (count >> 1), perEntry, 0)
  const text = JSON.stringify({ log: { ...har.log, entries: [...before, ...flow, ...after] } }, null, 1)
  return enc(customPrmPath(text))
}

const prmAnswered = (story: Story) =>
  (story.har.log.entries as { request: { url: string }; response: { status: number } }[]).some(
    (e) => /oauth-protected-resource/.test(e.request.url) && e.response.status === 200,
  )

describe('streaming parity', () => {
  for (const [i, story] of STORIES.entries()) {
    it(`${story.id}, padded past 16 MB with a custom PRM path: same report`, { timeout: 60_000 }, async () => {
      const classes = [
        ...SIZE_CLASSES.slice(i % SIZE_CLASSES.length),
        ...SIZE_CLASSES.slice(0, i % SIZE_CLASSES.length),
      ]
      const bytes = padded(story, classes)
      expect(bytes.length).toBeGreaterThan(STREAM_THRESHOLD)
      const expected = whole(bytes)
      // Moving the PRM to a custom path keeps the story's meaning only where the PRM answered: a 404
      // at a custom path is no longer a probe of the well-known URL (2025-11-25 discovery).
      if (prmAnswered(story)) expect(expected.verdict.rootCause).toBe(story.expect.rootCause)
      expect(await streamed(bytes, 256 * 1024 + i * 7919)).toEqual(expected)
    })
  }

  it('a PRM of 1 kB+ at a custom path is read as PRM on both paths (issue #14)', async () => {
    const story = STORIES.find((s) => s.id === 'claude-ai-workos-healthy')!
    const bytes = enc(customPrmPath(JSON.stringify(padBodies(story.har, [2048]))))
    const expected = whole(bytes)
    expect(expected.findings.filter((f) => f.rule.startsWith('prm.') && f.status === 'fail')).toEqual([])
    expect(await streamed(bytes, 4096)).toEqual(expected)
  })

  it('a PRM written before the 401 that points at it is still read as PRM (decided at the end)', async () => {
    const story = STORIES.find((s) => s.id === 'prm-resource-mismatch')!
    const har = padBodies(story.har, [4096])
    const entries = [...(har.log.entries as Record<string, any>[])]
    const prm = entries.findIndex((e) => /oauth-protected-resource/.test(e.request.url))
    entries.unshift(...entries.splice(prm, 1))
    const bytes = enc(customPrmPath(JSON.stringify({ log: { ...har.log, entries } })))
    const expected = whole(bytes)
    expect(expected.verdict.rootCause).toBe(story.expect.rootCause)
    expect(await streamed(bytes, 1000)).toEqual(expected)
  })

  it('any chunking of bodies of every size class gives the same report', { timeout: 120_000 }, async () => {
    const story = STORIES.find((s) => s.id === 'two-flows')!
    const bytes = enc(customPrmPath(JSON.stringify(padBodies(story.har, SIZE_CLASSES.slice(0, 4)))))
    const expected = whole(bytes)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 70_000 }), async (size) => {
        expect(await streamed(bytes, size)).toEqual(expected)
      }),
      { numRuns: 12 },
    )
  })

  it('a JSON error in entry 6 of 7 is located identically and only that entry is lost', async () => {
    const story = STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!
    const entries = story.har.log.entries as unknown[]
    const lines = entries.map((e) => JSON.stringify(e))
    lines[6] = lines[6]!.replace('"status":', '"status": tru,"x":')
    const text = `{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},\n "entries": [\n${lines.join(',\n')}\n]}}`
    const bytes = enc(text)
    const expected = whole(bytes)
    expect(expected.input.error).toMatchObject({ code: 'invalid-json', line: 9, entry: 6 })
    expect(expected.input.error!.column).toBe(lines[6]!.indexOf('tru,') + 1)
    expect(expected.input.entries).toBe(entries.length)
    expect(expected.verdict.rootCause).toBe(story.expect.rootCause)
    for (const size of [1, 100, 4096, bytes.length]) expect(await streamed(bytes, size)).toEqual(expected)
  })

  it('a bad escape, in a kept body or a small one, is one broken entry on both paths, never a throw', async () => {
    const story = STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!
    const har = padBodies(story.har, [0, 4096])
    for (const k of [1, 2]) {
      const lines = (har.log.entries as unknown[]).map((e) => JSON.stringify(e))
      const at = lines[k]!.indexOf('"text":"') + 9
      lines[k] = lines[k]!.slice(0, at) + '\\q' + lines[k]!.slice(at)
      const bytes = enc(`{"log": {"creator": {"name": "x"},\n "entries": [\n${lines.join(',\n')}\n]}}`)
      const expected = whole(bytes)
      expect(expected.input.error).toMatchObject({ code: 'invalid-json', entry: k, line: k + 3 })
      expect(await streamed(bytes, 777)).toEqual(expected)
    }
  })

  it('a break that hides the end of an entry is located in that entry on both paths', async () => {
    const story = STORIES.find((s) => s.id === 'two-flows')!
    const lines = (story.har.log.entries as unknown[]).map((e) => JSON.stringify(e))
    // `\\"` inside a body becomes `\\tru"`: the quote now ends the string, every later string is read
    // inside out, and the scanner never sees the entry end.
    const k = lines.findLastIndex((l) => l.includes('\\"'))
    lines[k] = lines[k]!.replace('\\"', '\\tru"')
    const bytes = enc(`{"log": {"creator": {"name": "x"},\n "entries": [\n${lines.join(',\n')}\n]}}`)
    const expected = whole(bytes)
    expect(expected.input.error).toMatchObject({ code: 'invalid-json', entry: k })
    expect(await streamed(bytes, 333)).toEqual(expected)
  })
})
