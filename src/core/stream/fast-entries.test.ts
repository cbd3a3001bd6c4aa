// The fast reader (fast-entries.ts) against the byte scanner alone: the same report on every layout
// an exporter writes, and the exact report (by reading again) whenever its guesses are wrong.
import { describe, expect, it } from 'vitest'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { entry } from '../../../fixtures/builder/har.ts'
import { analyzeCapture } from '../index.ts'
import { analyzeStream } from './analyze-stream.ts'

const enc = (s: string) => new TextEncoder().encode(s)
const filler = (n: number, unit = 'abcdefghij0123456789 ') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size)
}

type Read = { fastEntries: number; restarted: boolean }
async function read(bytes: Uint8Array, chunk: number, fast: boolean) {
  let how: Read = { fastEntries: -1, restarted: false }
  const a = await analyzeStream(() => chunked(bytes, chunk), 'x.har', bytes.length, undefined, {
    fast,
    onRead: (r) => (how = r),
  })
  return { report: a?.report, exchanges: a?.exchanges, how }
}

/** A story among noise entries whose bodies straddle the cut-out size; `unit` sets the bodies' text. */
function capture(storyId: string, unit?: string) {
  const story = STORIES.find((s) => s.id === storyId)!
  const noise = Array.from({ length: 40 }, (_, i) =>
    entry(
      {
        url: `https://api.example.org/v1/items/${i}?q=${unit ? unit.trim() : 'x'}`,
        status: 200,
        responseBody: {
          mimeType: 'application/json',
          text: JSON.stringify({ id: i, text: filler(300 + i * 97, unit) }),
        },
      },
      i,
    ),
  )
  const entries = [...noise.slice(0, 20), ...(story.har.log.entries as object[]), ...noise.slice(20)]
  return JSON.parse(JSON.stringify({ log: { ...story.har.log, entries } })) as {
    log: { entries: Record<string, any>[] }
  }
}

/** Fast and exact reads agree; returns how the fast read went. */
async function agree(bytes: Uint8Array, chunk = 4093): Promise<Read> {
  const exact = await read(bytes, chunk, false)
  const fast = await read(bytes, chunk, true)
  expect(exact.how.fastEntries).toBe(0)
  expect(fast.report).toEqual(exact.report)
  expect(fast.exchanges).toEqual(exact.exchanges)
  return fast.how
}

const LAYOUTS: [string, (v: unknown) => string][] = [
  ['minified', (v) => JSON.stringify(v)],
  ['two spaces', (v) => JSON.stringify(v, null, 2)],
  ['four spaces', (v) => JSON.stringify(v, null, 4)],
  ['tabs', (v) => JSON.stringify(v, null, '\t')],
  ['CRLF', (v) => JSON.stringify(v, null, 2).replace(/\n/g, '\r\n')],
  ['one entry per line', (v) => JSON.stringify(v).replace(/\},\{"startedDateTime"/g, '},\n{"startedDateTime"')],
  ['Fiddler-like spaces', (v) => JSON.stringify(v).replace(/,"/g, ', "')],
]

describe('fast reader', () => {
  for (const [layout, write] of LAYOUTS) {
    it(`${layout}: takes over after the first entries and gives the byte scanner's report`, async () => {
      const bytes = enc(write(capture('copilot-studio-workos-proxy')))
      const whole = analyzeCapture(bytes, 'x.har').report
      const how = await agree(bytes)
      expect(how).toEqual({ fastEntries: expect.any(Number), restarted: false })
      expect(how.fastEntries).toBeGreaterThan(40)
      expect((await read(bytes, 4093, true)).report).toEqual(whole)
    })
  }

  for (const [layout, write] of LAYOUTS.slice(0, 3)) {
    it(`${layout}, saved without bodies at first: the body key is learned from the content's layout`, async () => {
      const har = capture('copilot-studio-workos-proxy')
      for (const e of har.log.entries.slice(0, 30)) delete e.response.content.text
      const how = await agree(enc(write(har)))
      expect(how.fastEntries).toBeGreaterThan(30)
      expect(how.restarted).toBe(false)
    })
  }

  it('bodies that are nearly all of the text: the byte scanner takes the entries back', async () => {
    const har = capture('copilot-studio-workos-proxy')
    const big = Array.from({ length: 80 }, (_, i) =>
      entry(
        {
          url: `https://cdn.example.net/assets/chunk-${i}.js`,
          status: 200,
          responseBody: { mimeType: 'application/javascript', text: filler(100_000) },
        },
        i,
      ),
    )
    har.log.entries.push(...(JSON.parse(JSON.stringify(big)) as Record<string, any>[]))
    const how = await agree(enc(JSON.stringify(har, null, 2)), 256 * 1024)
    expect(how.restarted).toBe(false)
    expect(how.fastEntries).toBeGreaterThan(0)
    expect(how.fastEntries).toBeLessThan(har.log.entries.length - 10)
  })

  it('multi-byte characters split across every chunk boundary decode as in one piece', async () => {
    const bytes = enc(JSON.stringify(capture('claude-ai-workos-healthy', 'é漢字🙂 ')))
    for (const chunk of [2, 3, 7, 4096]) expect((await agree(bytes, chunk)).restarted).toBe(false)
  })

  it('a broken entry after the hand-over: read again, located exactly', async () => {
    const text = JSON.stringify(capture('copilot-studio-workos-proxy'))
    const broken = text.replace(
      '"url":"https://api.example.org/v1/items/33?q=x"',
      '"url":"https://api.example.org/v1/items/33?q=x",,',
    )
    const how = await agree(enc(broken))
    expect(how.restarted).toBe(true)
    const report = (await read(enc(broken), 4093, true)).report!
    expect(report.input.error?.entry).toBe(broken.slice(0, broken.indexOf(',,')).split('"startedDateTime"').length - 2)
    expect(report.input.error?.line).toBe(1)
  })

  it('a file cut inside an entry after the hand-over: read again, the cut entry located', async () => {
    const text = JSON.stringify(capture('copilot-studio-workos-proxy'), null, 2)
    const how = await agree(enc(text.slice(0, Math.floor(text.length * 0.7))))
    expect(how.restarted).toBe(true)
  })

  it('an inner array laid out like the entries array is not taken for entries', async () => {
    const har = capture('copilot-studio-workos-proxy')
    // Same separator as between entries: `},{"startedDateTime"` inside an entry's extension member.
    har.log.entries[30]!._history = [
      { startedDateTime: 'a', n: 1 },
      { startedDateTime: 'b', n: 2 },
    ]
    const how = await agree(enc(JSON.stringify(har)))
    expect(how.fastEntries).toBeGreaterThan(0)
  })

  it('a large "text" member inside the response after its content: the body cut is checked', async () => {
    const har = capture('copilot-studio-workos-proxy')
    const e = har.log.entries[33]!
    e.response = { ...e.response, _note: { text: filler(5000) } }
    expect((await agree(enc(JSON.stringify(har)))).restarted).toBe(true)
  })

  it('a large "text" member inside the response before its content is not taken for the body', async () => {
    const har = capture('copilot-studio-workos-proxy')
    const e = har.log.entries[33]!
    e.response = { _note: { text: filler(5000) }, ...e.response }
    expect((await agree(enc(JSON.stringify(har)))).restarted).toBe(false)
  })

  it('a response without a body followed by entries with request bodies keeps every body in place', async () => {
    const har = capture('copilot-studio-workos-proxy')
    delete har.log.entries[34]!.response.content.text
    har.log.entries[35]!.request.postData = { mimeType: 'text/plain', text: filler(4000) }
    expect((await agree(enc(JSON.stringify(har)))).restarted).toBe(false)
  })

  it('an exporter that changes its layout half-way: the byte scanner reads the rest', async () => {
    const har = capture('copilot-studio-workos-proxy')
    const head = JSON.stringify({ ...har, log: { ...har.log, entries: har.log.entries.slice(0, 30) } })
    const tail = har.log.entries.slice(30).map((e) => JSON.stringify(e, null, 3))
    const text = head.slice(0, head.lastIndexOf(']')) + ',\n' + tail.join(',\n') + head.slice(head.lastIndexOf(']'))
    const how = await agree(enc(text))
    expect(how).toEqual({ fastEntries: expect.any(Number), restarted: false })
    expect(how.fastEntries).toBeGreaterThan(20)
    expect(how.fastEntries).toBeLessThan(30)
  })

  it('an entry whose body holds the marker text itself is read exactly', async () => {
    const har = capture('copilot-studio-workos-proxy')
    har.log.entries[36]!.response.content.text = '\u0000mcp-oauth-har:cut-body\u0000'
    expect((await agree(enc(JSON.stringify(har)))).restarted).toBe(true)
  })
})
