import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expectState, openFile } from './helpers.ts'

// PRODUCT §10: evidence links and arrows bring region "Entry" into view with focus in it;
// `#entry=N` selects any entry; the title names the file; Back/Forward; reload keeps the view.
const PROXY = /Copilot Studio × WorkOS: proxy capture/
const entryRegion = (page: Page) => page.getByRole('region', { name: 'Entry', exact: true })

async function expectEntryInViewWithFocus(page: Page, n: number) {
  const region = entryRegion(page)
  await expect(region.getByRole('heading', { level: 2 })).toContainText(`Entry #${n}`)
  await expect.poll(() => region.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  await expect(region).toBeInViewport()
}

/** The healthy example with `extra` unrelated static requests appended (not auth-related). */
function withStaticEntries(extra: number): { bytes: Buffer; last: number } {
  const healthy = new URL('../public/examples/claude-ai-workos-healthy.har', import.meta.url)
  const har = JSON.parse(readFileSync(healthy, 'utf8'))
  const base = har.log.entries[0]
  for (let i = 0; i < extra; i++) {
    const url = `https://cdn.example.net/static/chunk-${i}.js`
    har.log.entries.push({
      ...base,
      request: { ...base.request, method: 'GET', url, headers: [], queryString: [], postData: undefined },
      response: {
        ...base.response,
        status: 200,
        headers: [],
        content: { size: 0, mimeType: 'text/javascript', text: '' },
      },
    })
  }
  return { bytes: Buffer.from(JSON.stringify(har)), last: har.log.entries.length - 1 }
}

test('an evidence link selects the entry, scrolls region "Entry" into view and focuses it', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: PROXY }).click()
  await expectState(page, 'ready')
  const rootCause = page.getByRole('region', { name: 'Findings' }).locator('details[open]').first()
  const link = rootCause.getByRole('button', { name: /entry #\d+/ }).first()
  const n = Number((await link.textContent())!.replace('entry #', ''))
  await expect(entryRegion(page)).not.toBeInViewport()
  await link.click()
  await expectEntryInViewWithFocus(page, n)
  // The root cause's entry opens where the evidence is, with the missing field and its value.
  await expect(entryRegion(page).getByRole('tab', { name: 'Payload' })).toHaveAttribute('aria-selected', 'true')
  await expect(entryRegion(page).getByRole('row', { name: /^resource/ })).toContainText(
    'missing — should be https://mcp.example.com/tenant/mcp',
  )
})

test('a diagram arrow, activated with the keyboard, does the same', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: PROXY }).click()
  const arrow = page.getByRole('region', { name: 'Flow' }).getByRole('button', { name: /token → 200, entry 5/ })
  await arrow.focus()
  await page.keyboard.press('Enter')
  await expectEntryInViewWithFocus(page, 5)
})

test('#entry=N selects an entry that is not auth-related, at load and when typed later', async ({ page }) => {
  const { bytes, last } = withStaticEntries(40)
  await page.goto(`/#entry=${last}`)
  await openFile(page, 'with-assets.har', bytes)
  await expectState(page, 'ready')
  await expect(entryRegion(page).getByRole('heading', { level: 2 })).toContainText(`Entry #${last}`)
  await expect(entryRegion(page)).toContainText(`chunk-39.js`)
  await expect(page.getByRole('region', { name: 'Requests' })).toContainText(`Entry #${last} is hidden by the filters`)
  await page.evaluate(() => {
    location.hash = '#entry=20'
  })
  await expectEntryInViewWithFocus(page, 20)
  await expect(entryRegion(page)).toContainText('chunk-')
})

test('the tab title names the open file', async ({ page }) => {
  await page.goto('/')
  const start = await page.title()
  await page.getByRole('button', { name: PROXY }).click()
  await expectState(page, 'ready')
  await expect(page).toHaveTitle(/^copilot-studio-workos-proxy\.har — mcp-oauth-har$/)
  await page.goBack()
  await expect(page).toHaveTitle(start)
})

test('Back and Forward move between the start page, the report and a selected entry', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: PROXY }).click()
  await expectState(page, 'ready')
  await page
    .getByRole('region', { name: 'Flow' })
    .getByRole('button', { name: /token → 200, entry 5/ })
    .click()
  await expect(entryRegion(page)).toContainText('Entry #5')
  await page.goBack()
  await expectState(page, 'ready')
  await expect(entryRegion(page).getByRole('heading', { level: 2 })).toHaveText('Entry')
  await page.goBack()
  await expectState(page, 'idle')
  await expect(page.getByRole('region', { name: 'Start' })).toBeVisible()
  await page.goForward()
  await expectState(page, 'ready')
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText(
    'sent no resource in the authorization request',
  )
  await page.goForward()
  await expect(entryRegion(page)).toContainText('Entry #5')
  expect(page.url()).toMatch(/#example=copilot-studio-workos-proxy&entry=5$/)
})

test('a reload reopens the bundled example and the selected entry', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: PROXY }).click()
  await page
    .getByRole('region', { name: 'Flow' })
    .getByRole('button', { name: /token → 200, entry 5/ })
    .click()
  await expect(entryRegion(page)).toContainText('Entry #5')
  await page.reload()
  await expectState(page, 'ready')
  await expect(entryRegion(page).getByRole('heading', { level: 2 })).toContainText('Entry #5')
  await expect(page).toHaveTitle(/copilot-studio-workos-proxy\.har/)
  await page.goBack()
  await expect(entryRegion(page).getByRole('heading', { level: 2 })).toHaveText('Entry')
})

test('<main data-outcome> carries the verdict outcome', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /claude.ai × WorkOS: a healthy flow/ }).click()
  await expect(page.locator('main')).toHaveAttribute('data-outcome', 'connected')
  await expect(page.getByRole('region', { name: 'Verdict' }).locator('.outcome')).toHaveText('Connected.')
  await page.goto('/#example=copilot-studio-workos-proxy')
  await expect(page.locator('main')).toHaveAttribute('data-outcome', 'failed')
  await expect(page.getByRole('region', { name: 'Verdict' }).locator('.outcome')).toHaveText(/^Failed at /)
})

test('on a loopback origin, Share says the link opens only here and takes a public address', async ({ page }) => {
  await page.goto('/#example=claude-ai-workos-healthy')
  const share = page.getByRole('region', { name: 'Share' })
  const warning = share.locator('[data-share-warning="local-origin"]')
  await expect(warning).toContainText('opens only on this machine')
  const box = share.getByRole('textbox', { name: 'Share link' })
  await expect(box).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/#r=1\./)
  await share.getByRole('textbox', { name: 'Public address' }).fill('https://team.example/har/')
  await share.getByRole('button', { name: 'Use this address' }).click()
  await expect(box).toHaveValue(/^https:\/\/team\.example\/har\/#r=1\./)
  await page.reload()
  const after = page.getByRole('region', { name: 'Share' }).getByRole('textbox', { name: 'Share link' })
  await expect(after).toHaveValue(/^https:\/\/team\.example\/har\/#r=1\./)
})

test('a truncated file never gets a green banner', async ({ page }) => {
  const text = readFileSync(new URL('../public/examples/claude-ai-workos-healthy.har', import.meta.url), 'utf8')
  await page.goto('/')
  await openFile(page, 'cut.har', Buffer.from(text.slice(0, Math.floor(text.length * 0.7))))
  await expectState(page, 'ready')
  const verdict = page.getByRole('region', { name: 'Verdict' })
  await expect(verdict).toContainText('Partial analysis')
  await expect(verdict).not.toHaveClass(/\bok\b/)
})

test('Ctrl+Enter in "Paste text" analyses it', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('textbox', { name: 'Paste text' })
  await box.fill("audience mismatch (got 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', expected 'https://mcp.example.com/mcp')")
  await box.press('Control+Enter')
  await expectState(page, 'ready')
  await expect(page.getByRole('region', { name: 'Recognised text' })).toBeVisible()
})

test('a file dropped on the window shows the drop target, then the report with focus on the verdict', async ({
  page,
}) => {
  await page.goto('/')
  const text = readFileSync(new URL('../public/examples/claude-ai-workos-healthy.har', import.meta.url), 'utf8')
  const drag = await page.evaluateHandle((t) => {
    const dt = new DataTransfer()
    dt.items.add(new File([t], 'dropped.har', { type: 'application/json' }))
    return dt
  }, text)
  await page.locator('footer, details.guide').first().dispatchEvent('dragenter', { dataTransfer: drag })
  await expect(page.getByText('Drop the file to analyze it')).toBeVisible()
  await page.locator('details.guide').dispatchEvent('drop', { dataTransfer: drag })
  await expectState(page, 'ready')
  await expect(page.getByText('Drop the file to analyze it')).toHaveCount(0)
  await expect(page).toHaveTitle(/^dropped\.har — /)
  await expect(page.getByRole('region', { name: 'Verdict' }).locator('.outcome')).toBeFocused()
})

test('a capture opened over a shared report replaces the link in the URL; Back shows the shared report again', async ({
  page,
}) => {
  await page.goto('/#example=copilot-studio-workos-proxy')
  const box = page.getByRole('region', { name: 'Share' }).getByRole('textbox', { name: 'Share link' })
  // The link is encoded asynchronously (CompressionStream): wait for it before reading it.
  await expect(box).toHaveValue(/#r=1\./)
  const link = await box.inputValue()
  await page.goto('about:blank')
  await page.goto(link)
  await expect(page.getByRole('note')).toContainText('Shared report')
  const healthy = readFileSync(new URL('../public/examples/claude-ai-workos-healthy.har', import.meta.url))
  await openFile(page, 'mine.har', healthy)
  await expectState(page, 'ready')
  await expect(page.getByRole('region', { name: 'Verdict' }).locator('.outcome')).toHaveText('Connected.')
  expect(page.url()).not.toContain('#r=')
  await page.goBack()
  await expect(page.getByRole('note')).toContainText('Shared report')
  await expect(page.getByRole('region', { name: 'Verdict' }).locator('.outcome')).toHaveText(/^Failed at /)
})
