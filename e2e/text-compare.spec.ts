import { expect, test } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { COPILOT_WORKOS_POST } from '../fixtures/texts/posts.ts'
import { expectState, watch } from './helpers.ts'

test('paste a forum post → likely verdict, recognised artefacts marked in the text and linked to findings', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, baseURL!)
  await page.goto('/')
  await page.getByRole('textbox', { name: 'Paste text' }).fill(COPILOT_WORKOS_POST)
  await page.getByRole('button', { name: 'Analyze text' }).click()
  await expectState(page, 'ready')
  const verdict = page.getByRole('region', { name: 'Verdict' })
  await expect(verdict).toContainText("Likely: The token's aud is the client id client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH")
  await expect(verdict).toContainText('Microsoft Copilot Studio is known not to send it')
  const recognised = page.getByRole('region', { name: 'Recognised text' })
  await expect(recognised.locator('mark.aud')).toContainText(
    "audience mismatch (got 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH'",
  )
  await expect(recognised).toContainText('aud.equals-client-id')
  // An evidence link in a finding selects the artefact in the text.
  const evidence = page
    .getByRole('region', { name: 'Findings' })
    .locator('details[open]')
    .first()
    .getByRole('button', { name: /entry #/ })
    .first()
  const n = (await evidence.textContent())!.replace('entry #', '')
  await evidence.click()
  await expect(recognised.locator(`mark[data-entry="${n}"]`)).toHaveClass(/selected/)
  await expect(page.getByRole('region', { name: 'Requests' })).toHaveCount(0)
  const share = page.getByRole('textbox', { name: 'Share link' })
  await expect(share).toHaveValue(/#r=1\./)
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  expect(seen.foreign).toEqual([])
  expect(seen.errors).toEqual([])
})

test('compare two bundled examples → the diff table shows resource first', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /claude.ai × WorkOS: a healthy flow/ }).click()
  await expectState(page, 'ready')
  const compare = page.getByRole('region', { name: 'Compare' })
  await compare
    .getByLabel('Compare with an example')
    .selectOption({ label: 'Copilot Studio × WorkOS: proxy capture, aud = client id, MCP 401' })
  const first = compare.locator('table.diff tbody tr').first()
  await expect(first.locator('th')).toContainText('resource at authorize')
  await expect(first).toContainText('(not sent)')
  await expect(compare).toContainText('The difference that explains the failure: resource at authorize')
})

test('compare a capture with a pasted post', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /claude.ai × WorkOS: a healthy flow/ }).click()
  const compare = page.getByRole('region', { name: 'Compare' })
  await compare.getByLabel('Paste text to compare').fill(COPILOT_WORKOS_POST)
  await compare.getByRole('button', { name: 'Compare text' }).click()
  await expect(compare.locator('table.diff tbody tr').filter({ hasText: 'token aud' })).toContainText(
    'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH',
  )
})
