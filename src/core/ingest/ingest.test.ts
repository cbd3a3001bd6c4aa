// Broken and odd inputs: a clear error value with what and where, never a throw.
import { describe, expect, it } from 'vitest'
import { gzipSync, zlibSync, zipSync, strToU8 } from 'fflate'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { analyzeCapture, readCapture } from '../index.ts'

const enc = (s: string) => new TextEncoder().encode(s)
const story = STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!
const text = JSON.stringify(story.har, null, 2)

describe('readCapture errors', () => {
  it('empty file', () => {
    const r = readCapture(new Uint8Array(), 'e.har')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('empty')
  })
  it('not JSON: says line and column', () => {
    const r = readCapture(enc('{\n  "log": {\n    "entries": [ }\n}'), 'x.har')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid-json', line: 3, column: 18 })
  })
  it('valid JSON that is not a HAR', () => {
    const r = readCapture(enc('{"hello": 1}'), 'x.json')
    expect(!r.ok && r.error.message).toMatch(/not a HAR.*hello/)
  })
  it('Fiddler SAZ archive is named as such', () => {
    const saz = zipSync({ 'raw/01_c.txt': strToU8('GET / HTTP/1.1'), 'raw/01_s.txt': strToU8('HTTP/1.1 200 OK') })
    const r = readCapture(saz, 'x.saz')
    expect(!r.ok && r.error.message).toMatch(/Fiddler SAZ/)
  })
  it('zip without a HAR', () => {
    const r = readCapture(zipSync({ 'notes.txt': strToU8('hi') }), 'x.zip')
    expect(!r.ok && r.error.code).toBe('zip-without-har')
  })
  it('truncated file: the complete entries are analysed and the loss is named', () => {
    const cut = text.slice(0, text.indexOf('"url": "https://bright-lotus-41.authkit.app/oauth2/token"'))
    const { report } = analyzeCapture(enc(cut), 'cut.har')
    expect(report.input.error?.code).toBe('truncated')
    expect(report.input.error?.message).toMatch(/^The file ends inside entry 5: 5 complete entries were analyzed/)
    expect(report.input.entries).toBe(5)
    expect(report.verdict.rootCause).toBe('resource.authorize.missing')
  })
})

describe('containers and encodings give the same verdict', () => {
  const expected = analyzeCapture(enc(text), 'a.har').report.verdict
  const variants: [string, Uint8Array][] = [
    ['BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)])],
    ['gzip', gzipSync(enc(text))],
    ['zlib (.zhar)', zlibSync(enc(text))],
    ['zip with har.har', zipSync({ 'har.har': enc(text) })],
    ['wrapped log', enc(JSON.stringify({ test_response: story.har }))],
    ['trailing junk', enc(text + '\nSome pasted log line')],
  ]
  for (const [name, bytes] of variants) {
    it(name, () => {
      expect(analyzeCapture(bytes, name).report.verdict).toEqual(expected)
    })
  }
})
