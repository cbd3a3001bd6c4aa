import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'

// Records every request the page makes: only the app's own origin may appear.
function watchRequests(page: Page, origin: string): string[] {
  const foreign: string[] = []
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  return foreign
}

test('start page → Copilot Studio example → verdict, audience and rule IDs; no request leaves the origin', async ({ page, baseURL }) => {
  const foreign = watchRequests(page, baseURL!)
  const errors: string[] = []
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
  await page.goto('/')
  await expect(page.locator('main')).toHaveAttribute('data-state', 'idle')
  await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
  await expect(page.locator('main')).toHaveAttribute('data-state', 'ready')
  const verdict = page.getByRole('region', { name: 'Verdict' })
  await expect(verdict).toContainText('sent no `resource` in the authorization request')
  await expect(verdict).toContainText('client')
  const audience = page.getByRole('region', { name: 'Audience' })
  await expect(audience).toContainText('client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH')
  await expect(audience).toContainText('https://mcp.example.com/tenant/mcp')
  const findings = page.getByRole('region', { name: 'Findings' })
  for (const id of ['resource.authorize.missing', 'aud.equals-client-id', 'mcp.401.after-token']) await expect(findings).toContainText(id)
  expect(foreign).toEqual([])
  expect(errors).toEqual([])
})

test('the production build carries the CSP that keeps captures in the page', async ({ page }) => {
  await page.goto('/')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("connect-src 'self'")
  expect(csp).toContain("default-src 'self'")
})

test('a file that is not JSON gets a clear error, and the next file still works', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Open HAR file').setInputFiles({ name: 'broken.har', mimeType: 'application/json', buffer: Buffer.from('{"log": {"entries": [ }') })
  await expect(page.locator('main')).toHaveAttribute('data-state', 'error')
  await expect(page.getByRole('alert')).toContainText('line 1, column')
  const good = readFileSync(new URL('../public/examples/claude-ai-workos-healthy.har', import.meta.url))
  await page.getByLabel('Open HAR file').setInputFiles({ name: 'healthy.har', mimeType: 'application/json', buffer: good })
  await expect(page.locator('main')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('No failure found')
})
