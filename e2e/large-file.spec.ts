import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeBenchCapture } from '../bench/make-capture.ts'
import { expectState } from './helpers.ts'

let dir = ''
let capture = ''
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcp-oauth-har-e2e-'))
  capture = join(dir, 'large-50mb.har')
  writeBenchCapture(capture, 50, 20_000)
  // Large enough that the analysis is still running when the test clicks (about a second here).
})
test.afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('a 50 MB capture: progress is shown, the page answers clicks meanwhile, and the verdict arrives', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByLabel('Open HAR file').setInputFiles(capture)
  await expectState(page, 'loading')
  await expect(page.getByRole('progressbar', { name: 'Progress' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Loading' }).getByRole('status')).toContainText(/Reading|Analyzing/)
  // The analysis runs in a worker: a real mouse click on the guide is answered while it runs.
  // (A raw mouse click: actionability waits would race the analysis finishing.)
  const wasOpen = await page.locator('details.guide').evaluate((d: HTMLDetailsElement) => d.open)
  await page.locator('details.guide > summary').evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const box = (await page.locator('details.guide > summary').boundingBox())!
  await page.mouse.click(box.x + 8, box.y + box.height / 2)
  // Input is handled between the progress updates: wait for the toggle, then check it happened
  // while the analysis was still running.
  await expect
    .poll(
      () =>
        page.evaluate(() => ({
          open: document.querySelector<HTMLDetailsElement>('details.guide')?.open,
          state: document.querySelector('main')?.dataset.state,
        })),
      { timeout: 10_000 },
    )
    .toEqual({ open: !wasOpen, state: 'loading' })
  await expectState(page, 'ready')
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText(
    'sent no resource in the authorization request',
  )
  await expect(page.getByRole('region', { name: 'Requests' }).getByRole('status')).toContainText('of 20,007 requests')
})

test('Cancel stops the analysis and returns to the start page', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Open HAR file').setInputFiles(capture)
  await expectState(page, 'loading')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expectState(page, 'idle')
  await page.waitForTimeout(1500)
  await expectState(page, 'idle')
  await page.getByRole('button', { name: /claude.ai × WorkOS/ }).click()
  await expectState(page, 'ready')
})

/** The capture opened and every row asked for ("Auth-related only" unchecked), all of them counted. */
async function allRowsShown(page: Page): Promise<Locator> {
  await page.goto('/')
  await page.getByLabel('Open HAR file').setInputFiles(capture)
  await expectState(page, 'ready')
  const requests = page.getByRole('region', { name: 'Requests' })
  await requests.getByLabel('Auth-related only').uncheck()
  await expect(requests.getByRole('status')).toHaveText('20,007 of 20,007 requests')
  return requests
}

test('all 20,007 rows load when "Auth-related only" is turned off, and stay virtualised', async ({ page }) => {
  const requests = await allRowsShown(page)
  expect(await requests.locator('tbody tr').count()).toBeLessThan(80)
  await requests.locator('.table-scroll').evaluate((el) => {
    el.scrollTop = el.scrollHeight
  })
  await expect(requests.locator('tbody tr').last()).toContainText('20006')
  // Neither # nor time is ever cut ("166…"): each cell's text fits its column.
  const cut = await requests
    .locator('td.col-entry, td.col-time')
    .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent))
  expect(cut).toEqual([])
})

test('with all 20,007 rows loaded, sorting and searching work over every row', async ({ page }) => {
  const requests = await allRowsShown(page)
  // Numbers sort largest first on the first click: the last entry comes first.
  await requests.getByRole('button', { name: '#', exact: true }).click()
  await expect(requests.getByRole('columnheader', { name: '#' })).toHaveAttribute('aria-sort', 'descending')
  await expect(requests.getByRole('status')).toHaveText('20,007 of 20,007 requests')
  await expect(requests.locator('tbody tr').first().locator('td.col-entry')).toHaveText('20006')
  // One noise entry's path, found among all rows (the 20,007 are searched in the worker).
  await requests.getByRole('searchbox').fill('chunk-1233.')
  await expect(requests.getByRole('status')).toHaveText('1 of 20,007 requests')
  await expect(requests.locator('tbody tr')).toHaveCount(1)
  await expect(requests.locator('tbody tr')).toContainText('/assets/chunk-1233.js')
  await requests.getByRole('searchbox').fill('')
  await requests.getByRole('button', { name: '4xx' }).click()
  await expect(requests.getByRole('status')).toHaveText(/^[1-9]\d? of 20,007 requests$/)
  const statuses = await requests.locator('tbody td.col-status').allTextContents()
  expect(statuses.length).toBeGreaterThan(0)
  expect(statuses.every((s) => /^4\d\d/.test(s.trim()))).toBe(true)
})
