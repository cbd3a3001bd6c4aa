import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import { expectState, openFile, openProxyTokenEntry, watch } from './helpers.ts'

const CANARIES = [
  'CANARYsig0aX9kQ2mZ7rT4vB8nL1pW6yH3jD5fG0cS',
  'rt_CANARY_7f3b9c1e4a6d8f2b0c5e7a9d1f3b5c7e',
  'ac_CANARY_01JD8QW7ZKX3V5N9M2P4R6T8Y0',
  'CANARY-verifier-Jq8vN3xL5mP0zR7tY2wK9bF4hD6gS1cA',
  'st_CANARY_6f1e2d3c4b5a69788796a5b4',
  'user_CANARY_01JD8QXK2M',
]

async function sharedLink(page: Page): Promise<string> {
  await page.goto('/')
  await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
  await expectState(page, 'ready')
  const box = page.getByRole('textbox', { name: 'Share link' })
  await expect(box).toHaveValue(/#r=1\./)
  return box.inputValue()
}

const payloadOf = (link: string) =>
  JSON.parse(strFromU8(inflateSync(Buffer.from(link.split('#r=1.')[1]!, 'base64url')))) as Record<string, unknown>
const linkOf = (json: unknown) =>
  `/#r=1.${Buffer.from(deflateSync(strToU8(JSON.stringify(json)))).toString('base64url')}`

test('share → open in a fresh browser context → same verdict, audience and rule IDs, read-only', async ({
  page,
  browser,
  baseURL,
}) => {
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
  for (const id of ['resource.authorize.missing', 'aud.equals-client-id', 'mcp.401.after-token'])
    await expect(fresh.getByRole('region', { name: 'Findings' })).toContainText(id)
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

test('a link with script payloads in every text field renders as text, runs nothing, sends nothing', async ({
  page,
  baseURL,
}) => {
  const payload = payloadOf(await sharedLink(page))
  const evil = [
    '<img src=x onerror="window.__pwned=1">',
    '<svg onload="window.__pwned=1"></svg>',
    'javascript:window.__pwned=1',
  ]
  let n = 0
  const poison = (v: unknown): unknown => {
    if (typeof v === 'string') return `${v} ${evil[n++ % evil.length]}`
    if (Array.isArray(v)) return v.map(poison)
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          [
            'schema',
            'state',
            'status',
            'severity',
            'confidence',
            'party',
            'kind',
            'format',
            'match',
            'revision',
            'rule',
            'consequenceOf',
            'product',
            'vendor',
            'id',
            'flow',
            'outcome',
          ].includes(k)
            ? x
            : poison(x),
        ]),
      )
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
  ['version "01"', (p) => linkOf(p).replace('#r=1.', '#r=01.'), /version 01/],
  [
    'zip bomb',
    () => `/#r=1.${Buffer.from(deflateSync(new Uint8Array(5_000_000).fill(32), { level: 9 })).toString('base64url')}`,
    /refused/,
  ],
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
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download redacted HAR' }).click(),
  ])
  const text = readFileSync((await download.path())!, 'utf8')
  for (const c of CANARIES) expect(text).not.toContain(c)
  await openFile(page, download.suggestedFilename(), Buffer.from(text))
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('Microsoft Copilot Studio sent no resource')
  expect(verdict).toContain('Microsoft Copilot Studio sent no resource')
})

test('copy as Markdown and download the report JSON: both are the shareable projection', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await sharedLink(page)
  await page.getByRole('button', { name: 'Copy as Markdown' }).click()
  await expect(page.getByRole('region', { name: 'Share' }).getByRole('status')).toHaveText('Markdown copied.')
  const md = await page.evaluate(() => navigator.clipboard.readText())
  expect(md).toContain('## MCP OAuth diagnosis')
  expect(md).toContain('[Open the redacted report](')
  for (const c of CANARIES) expect(md).not.toContain(c)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download report (JSON)' }).click(),
  ])
  const text = readFileSync((await download.path())!, 'utf8')
  expect(JSON.parse(text).schema).toBe('mcp-oauth-har/shared-report@1')
  for (const c of CANARIES) expect(text).not.toContain(c)
  expect(text).not.toContain('canary.user@example.com')
  // The full report is a separate action, labelled as not for sharing.
  await expect(page.getByRole('button', { name: /Download full report \(private, not redacted\)/ })).toBeVisible()
})

test('Markdown from a capture whose error_description carries markup has no live image, link or HTML', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const har = JSON.parse(
    readFileSync(new URL('../public/examples/copilot-studio-workos-proxy.har', import.meta.url), 'utf8'),
  )
  const evil =
    '![x](https://evil.example/p.png) <img src=x onerror="window.__pwned=1"> ' +
    '[Fix now](https://evil.example/login) # Heading'
  for (const e of har.log.entries) {
    const body = e.response.content?.text
    if (typeof body === 'string' && body.includes('"error"'))
      e.response.content.text = JSON.stringify({ ...JSON.parse(body), error_description: evil })
    for (const h of e.response.headers)
      if (/www-authenticate/i.test(h.name))
        h.value = `Bearer error="invalid_token", error_description="${evil.replace(/"/g, "'")}"`
  }
  await page.goto('/')
  await openFile(page, 'evil.har', Buffer.from(JSON.stringify(har)))
  await expectState(page, 'ready')
  // The markup reached the local report (shown as text there): the Markdown is what must not carry it.
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('evil.example')
  await page.getByRole('button', { name: 'Copy as Markdown' }).click()
  await expect(page.getByRole('region', { name: 'Share' }).getByRole('status')).toHaveText('Markdown copied.')
  const md = await page.evaluate(() => navigator.clipboard.readText())
  expect(md).not.toContain('evil.example')
  expect(md).not.toMatch(/!\[|<img|\]\(https:\/\/evil|^# Heading/m)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
})

test("a link's own titles, spec links and fixes are ignored; the view says it was not re-checked", async ({ page }) => {
  const payload = payloadOf(await sharedLink(page))
  for (const f of payload.findings as Record<string, unknown>[]) {
    f.title = 'Click here to fix'
    f.spec = [{ doc: 'RFC 9999', section: '1', url: 'https://evil.example/phish' }]
    f.fix = [{ party: 'client', text: 'Log in at evil.example' }]
  }
  ;(payload.findings as Record<string, unknown>[])[0]!.rule = 'made.up-rule'
  await page.goto('about:blank')
  await page.goto(linkOf(payload))
  await expect(page.getByRole('note')).toContainText('not re-checked')
  const findings = page.getByRole('region', { name: 'Findings' })
  await expect(findings).toContainText('Unknown rule made.up-rule')
  await expect(findings).toContainText('aud.equals-client-id')
  await expect(page.locator('body')).not.toContainText('Click here to fix')
  await expect(page.locator('body')).not.toContainText('evil.example')
  expect(await page.locator('a[href*="evil.example"]').count()).toBe(0)
})

test('a link with bidi controls and a homoglyph host shows punycode and no "exact" match it did not earn', async ({
  page,
}) => {
  const payload = payloadOf(await sharedLink(page)) as Record<string, any>
  const flow = payload.flows[0]
  flow.mcpServerUrl = 'https://mcp.\u202eelpmaxe\u202c.com/tenant/mcp'
  flow.audience.values[0] = {
    label: 'aud',
    value: 'https://mcp.exаmple.com/tenant/mcp',
    state: 'present',
    entry: 5,
    match: 'exact',
  }
  await page.goto('about:blank')
  await page.goto(linkOf(payload))
  await expect(page.getByRole('note')).toContainText('Shared report')
  const text = (await page.locator('body').textContent())!
  expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
  expect(text).not.toContain('exаmple')
  expect(text).toContain('xn--')
})

test('a link with 1,000 findings opens as a report', async ({ page }) => {
  const payload = payloadOf(await sharedLink(page)) as Record<string, any>
  const one = payload.findings[0]
  payload.findings = Array.from({ length: 1000 }, (_, i) => ({ ...one, entries: [i] }))
  await page.goto('about:blank')
  await page.goto(linkOf(payload))
  await expect(page.getByRole('note')).toContainText('Shared report', { timeout: 20_000 })
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText(one.rule)
})

test("Reveal: the decoded token's personal claims are masked until pressed", async ({ page }) => {
  const detail = await openProxyTokenEntry(page)
  await expect(detail).toContainText('Entry #5')
  for (const c of [
    'user_CANARY_01JD8QXK2M',
    'rt_CANARY_7f3b9c1e4a6d8f2b0c5e7a9d1f3b5c7e',
    'ac_CANARY_01JD8QW7ZKX3V5N9M2P4R6T8Y0',
  ])
    await expect(detail).not.toContainText(c)
  await detail.getByRole('button', { name: 'Reveal secrets' }).click()
  await expect(detail).toContainText('user_CANARY_01JD8QXK2M')
})

test('the redacted HAR of a truncated file is saved and the panel says what was lost', async ({ page }) => {
  const text = readFileSync(new URL('../public/examples/copilot-studio-workos-proxy.har', import.meta.url), 'utf8')
  await page.goto('/')
  await openFile(page, 'cut.har', Buffer.from(text.slice(0, Math.floor(text.length * 0.7))))
  await expect(page.getByRole('region', { name: 'Share' })).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download redacted HAR' }).click(),
  ])
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).log.entries.length).toBeGreaterThan(0)
  await expect(page.getByRole('region', { name: 'Share' }).getByRole('status')).toContainText('incomplete')
})
