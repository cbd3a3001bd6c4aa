import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import { expectState, openFile, watch } from './helpers.ts'

const CANARIES = ['CANARYsig0aX9kQ2mZ7rT4vB8nL1pW6yH3jD5fG0cS', 'rt_CANARY_7f3b9c1e4a6d8f2b0c5e7a9d1f3b5c7e', 'ac_CANARY_01JD8QW7ZKX3V5N9M2P4R6T8Y0', 'CANARY-verifier-Jq8vN3xL5mP0zR7tY2wK9bF4hD6gS1cA', 'st_CANARY_6f1e2d3c4b5a69788796a5b4', 'user_CANARY_01JD8QXK2M']

async function sharedLink(page: Page): Promise<string> {
  await page.goto('/')
  await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
  await expectState(page, 'ready')
  const box = page.getByRole('textbox', { name: 'Share link' })
  await expect(box).toHaveValue(/#r=1\./)
  return box.inputValue()
}

const payloadOf = (link: string) => JSON.parse(strFromU8(inflateSync(Buffer.from(link.split('#r=1.')[1]!, 'base64url')))) as Record<string, unknown>
const linkOf = (json: unknown) => `/#r=1.${Buffer.from(deflateSync(strToU8(JSON.stringify(json)))).toString('base64url')}`

test('share → open in a fresh browser context → same verdict, audience and rule IDs, read-only', async ({ page, browser, baseURL }) => {
  const link = await sharedLink(page)
  expect(link.length).toBeLessThan(2100)
  for (const c of CANARIES) expect(link).not.toContain(c)
  const verdict = await page.getByRole('region', { name: 'Verdict' }).locator('.summary').textContent()
  const context = await browser.newContext()
  const fresh = await context.newPage()
  const seen = watch(fresh, baseURL!)
  await fresh.goto(link)
  await expect(fresh.getByRole('note')).toContainText('Shared report — redacted, read-only')
  await expect(fresh.getByRole('region', { name: 'Verdict' }).locator('.summary')).toHaveText(verdict!)
  await expect(fresh.getByRole('region', { name: 'Audience' })).toContainText('client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH')
  for (const id of ['resource.authorize.missing', 'aud.equals-client-id', 'mcp.401.after-token']) await expect(fresh.getByRole('region', { name: 'Findings' })).toContainText(id)
  await expect(fresh.getByRole('region', { name: 'Requests' })).toHaveCount(0)
  expect(seen.foreign).toEqual([])
  expect(seen.errors).toEqual([])
  await context.close()
})

test('hide hostnames replaces every host in the link', async ({ page }) => {
  await sharedLink(page)
  await page.getByLabel(/Hide hostnames/).check()
  const box = page.getByRole('textbox', { name: 'Share link' })
  await expect.poll(async () => JSON.stringify(payloadOf(await box.inputValue()))).toContain('host-1.example')
  const payload = JSON.stringify(payloadOf(await box.inputValue()))
  expect(payload).not.toContain('mcp.example.com')
  expect(payload).not.toContain('authkit.app')
  await expect(page.locator('.share-preview')).toContainText('host-1.example', { useInnerText: false })
})

test('a link with script payloads in every text field renders as text, runs nothing, sends nothing', async ({ page, baseURL }) => {
  const payload = payloadOf(await sharedLink(page))
  const evil = ['<img src=x onerror="window.__pwned=1">', '<svg onload="window.__pwned=1"></svg>', 'javascript:window.__pwned=1']
  let n = 0
  const poison = (v: unknown): unknown => {
    if (typeof v === 'string') return `${v} ${evil[n++ % evil.length]}`
    if (Array.isArray(v)) return v.map(poison)
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ['schema', 'outcome', 'state', 'status', 'severity', 'confidence', 'party', 'kind', 'format', 'match', 'revision', 'rule', 'consequenceOf', 'product', 'vendor', 'id', 'flow'].includes(k) ? x : poison(x)]))
    return v
  }
  const seen = watch(page, baseURL!)
  await page.goto('about:blank')
  await page.goto(linkOf(poison(payload)))
  await expect(page.getByRole('note')).toContainText('Shared report')
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('<img src=x onerror=')
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(seen.foreign).toEqual([])
})

const badLinks: [string, (p: Record<string, unknown>) => string, RegExp][] = [
  ['truncated', () => '/#r=1.' + 'q1YqKU1VslIqzs9NVagJyS9', /damaged/],
  ['double-encoded', (p) => '/#' + encodeURIComponent(encodeURIComponent(linkOf(p).slice(2))), /encoded twice/],
  ['wrong version', (p) => linkOf(p).replace('#r=1.', '#r=7.'), /version 7/],
  ['not a report', () => linkOf({ hello: 'world' }), /does not hold an mcp-oauth-har report/],
  ['javascript: spec link', (p) => { const x = JSON.parse(JSON.stringify(p)); (x.findings as { spec?: unknown }[])[0]!.spec = [{ doc: 'd', section: 's', url: 'javascript:window.__pwned=1' }]; return linkOf(x) }, /does not hold an mcp-oauth-har report/],
  ['zip bomb', () => `/#r=1.${Buffer.from(deflateSync(new Uint8Array(5_000_000).fill(32), { level: 9 })).toString('base64url')}`, /refused/],
]

for (const [name, make, says] of badLinks) {
  test(`a ${name} link gets a clear message and the start page`, async ({ page }) => {
    const payload = payloadOf(await sharedLink(page))
    await page.goto('about:blank')
    await page.goto(make(payload))
    await expectState(page, 'error')
    await expect(page.getByRole('alert')).toContainText(says)
    await expect(page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ })).toBeVisible()
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  })
}

test('download the redacted HAR: no canary inside, and it analyses to the same verdict', async ({ page }) => {
  await sharedLink(page)
  const verdict = await page.getByRole('region', { name: 'Verdict' }).locator('.summary').textContent()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download redacted HAR' }).click()])
  const text = readFileSync((await download.path())!, 'utf8')
  for (const c of CANARIES) expect(text).not.toContain(c)
  await openFile(page, download.suggestedFilename(), Buffer.from(text))
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('Microsoft Copilot Studio sent no resource')
  expect(verdict).toContain('Microsoft Copilot Studio sent no resource')
})

test('copy as Markdown and download the report JSON', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await sharedLink(page)
  await page.getByRole('button', { name: 'Copy as Markdown' }).click()
  await expect(page.getByRole('region', { name: 'Share' }).getByRole('status')).toHaveText('Markdown copied.')
  const md = await page.evaluate(() => navigator.clipboard.readText())
  expect(md).toContain('## MCP OAuth diagnosis')
  expect(md).toContain('[Open the redacted report](')
  for (const c of CANARIES) expect(md).not.toContain(c)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (JSON)' }).click()])
  const report = JSON.parse(readFileSync((await download.path())!, 'utf8'))
  expect(report.schema).toBe('mcp-oauth-har/report@1')
})
