import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { gzipSync, strToU8, zipSync } from 'fflate'
import { expectState, openFile } from './helpers.ts'

const healthy = readFileSync(new URL('../public/examples/claude-ai-workos-healthy.har', import.meta.url))
const text = healthy.toString('utf8')

const cases: { name: string; file: string; bytes: Buffer; says: RegExp }[] = [
  {
    name: 'not JSON',
    file: 'broken.har',
    bytes: Buffer.from('{"log": {"entries": [ }'),
    says: /Not valid JSON at line 1, column 23/,
  },
  { name: 'not a HAR', file: 'data.json', bytes: Buffer.from('{"users": [1, 2]}'), says: /not a HAR/ },
  { name: 'empty', file: 'empty.har', bytes: Buffer.alloc(0), says: /empty/ },
  {
    name: 'a zip that is not a Playwright archive',
    file: 'notes.zip',
    bytes: Buffer.from(zipSync({ 'readme.txt': strToU8('hello') })),
    says: /holds no \.har file/,
  },
  {
    name: 'a Fiddler SAZ',
    file: 'capture.saz',
    bytes: Buffer.from(
      zipSync({ 'raw/01_c.txt': strToU8('GET / HTTP/1.1'), 'raw/01_s.txt': strToU8('HTTP/1.1 200 OK') }),
    ),
    says: /Fiddler SAZ archive/,
  },
  {
    name: 'a broken gzip',
    file: 'cut.har.gz',
    bytes: Buffer.from(gzipSync(strToU8(text))).subarray(0, 200),
    says: /gzip-compressed but could not be decompressed/,
  },
]

for (const c of cases) {
  test(`${c.name}: a clear error in the page, then the next file still works`, async ({ page }) => {
    await page.goto('/')
    await openFile(page, c.file, c.bytes)
    await expectState(page, 'error')
    await expect(page.getByRole('alert')).toContainText(c.says)
    await openFile(page, 'healthy.har', healthy)
    await expectState(page, 'ready')
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('No failure found')
  })
}

test('a truncated file is analysed up to the cut and says what was lost', async ({ page }) => {
  await page.goto('/')
  await openFile(page, 'cut.har', Buffer.from(text.slice(0, Math.floor(text.length * 0.7))))
  await expectState(page, 'ready')
  await expect(page.getByRole('region', { name: 'Verdict' }).getByRole('alert')).toContainText(
    /The file ends inside entry \d+/,
  )
})
