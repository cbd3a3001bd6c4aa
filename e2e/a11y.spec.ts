import { expect, test } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expectState } from './helpers.ts'

async function serious(page: import('@playwright/test').Page) {
  // label-content-name-mismatch is "experimental" in axe, so it is switched on by name.
  const rules = { 'label-content-name-mismatch': { enabled: true } }
  const result = await new AxeBuilder({ page }).options({ rules }).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    )
}

const VIEWPORTS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical violation, start page and report with an entry (${device}, ${scheme})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/')
      expect(await serious(page)).toEqual([])
      await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
      await expectState(page, 'ready')
      await page
        .getByRole('region', { name: 'Flow' })
        .getByRole('button', { name: /token → 200/ })
        .click()
      const entry = page.getByRole('region', { name: 'Entry', exact: true })
      await expect(entry).toContainText('Entry #5')
      expect(await serious(page)).toEqual([])
      for (const tab of ['Headers', 'Payload', 'Response', 'Timing']) {
        await entry.getByRole('tab', { name: tab }).click()
        expect(await serious(page), tab).toEqual([])
      }
      // A glossary tip open (focus on the first glossary word).
      await page.locator('.term-word').first().focus()
      await expect(page.locator('.term .tip')).toBeVisible()
      expect(await serious(page)).toEqual([])
    })
  }
}

test('keyboard only: open the example, move through findings, select an entry', async ({ page }) => {
  await page.goto('/')
  const example = page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ })
  for (let i = 0; i < 20 && !(await example.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(example).toBeFocused()
  await page.keyboard.press('Enter')
  await expectState(page, 'ready')
  // Tab to the second finding's summary and open it with the keyboard.
  const summaries = page.getByRole('region', { name: 'Findings' }).locator('summary')
  const target = summaries.nth(1)
  for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(target).toBeFocused()
  await page.keyboard.press('Enter')
  const evidence = page
    .getByRole('region', { name: 'Findings' })
    .locator('details[open]')
    .nth(1)
    .getByRole('button', { name: /entry #/ })
    .first()
  for (let i = 0; i < 10 && !(await evidence.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(evidence).toBeFocused()
  const label = (await evidence.textContent())!.replace('entry #', '')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Entry', exact: true })).toContainText(`Entry #${label}`)
})
