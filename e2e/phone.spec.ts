import { expect, test, type Page } from '@playwright/test'
import { expectState } from './helpers.ts'

// PRODUCT §10: at 390 px the page never scrolls sideways; wide tables and the sequence diagram
// scroll inside their own box.
test.use({ viewport: { width: 390, height: 844 } })

async function expectNoSidewaysScroll(page: Page, where: string) {
  const widths = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    view: window.innerWidth,
  }))
  expect(widths.doc, `${where}: page width`).toBeLessThanOrEqual(widths.view)
  expect(widths.body, `${where}: body width`).toBeLessThanOrEqual(widths.view)
  // Every visible element ends inside the screen unless a scrolling box holds it.
  const outside = await page.evaluate(() => {
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p)
        const scrolls = ['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX)
        if (scrolls) return p !== document.body && p !== document.documentElement
      }
      return false
    }
    return [...document.querySelectorAll('main *')]
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.width > 0 && r.right > window.innerWidth + 1 && !clipped(el)
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
  })
  expect(outside, `${where}: elements past the right edge`).toEqual([])
}

test('390 px: start page, report with an entry open, and the share panel stay within the screen', async ({ page }) => {
  await page.goto('/')
  await expectNoSidewaysScroll(page, 'start page')
  await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
  await expectState(page, 'ready')
  await expectNoSidewaysScroll(page, 'report')
  await page
    .getByRole('region', { name: 'Flow' })
    .getByRole('button', { name: /token → 200, entry 5/ })
    .click()
  const entry = page.getByRole('region', { name: 'Entry', exact: true })
  await expect(entry).toContainText('Entry #5')
  for (const tab of ['Tokens (1)', 'Headers', 'Payload', 'Response', 'Timing']) {
    await entry.getByRole('tab', { name: tab }).click()
    await expectNoSidewaysScroll(page, `entry tab ${tab}`)
  }
  // The diagram keeps its size and scrolls; the audience table's Entry column is reachable.
  const figure = page.getByRole('region', { name: 'Flow' }).locator('figure.sequence').first()
  expect(await figure.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  const audienceEntry = page
    .getByRole('region', { name: 'Audience' })
    .getByRole('button', { name: /^#\d+$/ })
    .first()
  await audienceEntry.scrollIntoViewIfNeeded()
  await expect(audienceEntry).toBeInViewport()
})
