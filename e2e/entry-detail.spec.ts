import { expect, test } from '@playwright/test'
import { expectState } from './helpers.ts'

// The entry detail as DevTools and jwt.io users expect it: tabs, a JSON tree, copy buttons,
// "Copy as cURL" redacted by default, the token in three coloured parts with its claims explained.
test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/#example=copilot-studio-workos-proxy&entry=5')
  await expectState(page, 'ready')
})

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText())

test('Copy as cURL leaves credentials out until Reveal secrets, then copies the exact request', async ({ page }) => {
  const entry = page.getByRole('region', { name: 'Entry', exact: true })
  await entry.getByRole('button', { name: /^Copy as cURL/ }).click()
  const redacted = await clipboard(page)
  expect(redacted).toMatch(/^curl 'https:\/\/bright-lotus-41\.authkit\.app\/oauth2\/token'/)
  expect(redacted).toContain('code_verifier=REDACTED')
  expect(redacted).not.toContain('CANARY')
  await entry.getByRole('button', { name: 'Reveal secrets' }).click()
  await entry.getByRole('button', { name: /^Copy as cURL/ }).click()
  expect(await clipboard(page)).toContain('CANARY-verifier')
})

test('the token reads like jwt.io: coloured parts, claims explained, relative times, aud vs resource', async ({
  page,
}) => {
  const entry = page.getByRole('region', { name: 'Entry', exact: true })
  await expect(entry.getByRole('tab', { name: 'Tokens (1)' })).toHaveAttribute('aria-selected', 'true')
  const jwt = entry.locator('.jwt').first()
  await expect(jwt.locator('.jwt-encoded .jwt-h')).toHaveText(/^eyJ/)
  // Payload and signature stay masked until Reveal: the encoded payload carries personal claims.
  await expect(jwt.locator('.jwt-encoded .jwt-p')).toContainText('•')
  await expect(jwt.locator('.jwt-encoded .jwt-s')).toContainText('•')
  const aud = jwt.getByRole('row', { name: /^aud / })
  await expect(aud).toContainText('✗ should be https://mcp.example.com/tenant/mcp')
  await expect(aud).toContainText('Audience: who the token is for')
  await expect(jwt.getByRole('row', { name: /^exp / })).toContainText('60 min after this request')
  await jwt.getByRole('button', { name: /^Copy claims/ }).click()
  expect(JSON.parse(await clipboard(page)).aud).toBe('client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH')
  await entry.getByRole('button', { name: 'Reveal secrets' }).click()
  await expect(jwt.locator('.jwt-encoded .jwt-p')).toHaveText(/^eyJ/)
})

test('a JSON response is a collapsible tree with Copy per value; arrow keys move between tabs', async ({ page }) => {
  await page
    .getByRole('region', { name: 'Requests' })
    .getByRole('row', { name: /Resource metadata \(PRM\)/ })
    .click()
  const entry = page.getByRole('region', { name: 'Entry', exact: true })
  await expect(entry.getByRole('heading', { level: 2 })).toContainText('Entry #1 · Resource metadata (PRM)')
  const tabs = entry.getByRole('tab')
  await tabs.filter({ hasText: 'Headers' }).click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(entry.getByRole('tab', { name: 'Response' })).toBeFocused()
  await entry.getByRole('tab', { name: 'Timing' }).click()
  const phases = entry.getByRole('table', { name: /Phases/ })
  await expect(phases.getByRole('row', { name: /Waiting for server response/ })).toContainText('ms')
  await entry.getByRole('tab', { name: 'Response' }).click()
  const tree = entry.getByRole('list', { name: 'Response body' })
  await expect(tree).toContainText('authorization_servers')
  await tree
    .locator('li', { hasText: /^resource:/ })
    .getByRole('button', { name: 'Copy value of resource' })
    .click()
  expect(await clipboard(page)).toBe('https://mcp.example.com/tenant/mcp')
  await entry.getByRole('button', { name: 'Copy response body' }).click()
  expect(JSON.parse(await clipboard(page)).resource).toBe('https://mcp.example.com/tenant/mcp')
  const servers = tree.locator('details').filter({ hasText: 'authorization_servers' }).last()
  await servers.locator('summary').first().click()
  await expect(servers).not.toHaveAttribute('open', '')
})
