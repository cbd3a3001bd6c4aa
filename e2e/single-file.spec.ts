import { expect, test } from '@playwright/test'
import { execSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { expectState } from './helpers.ts'

// `npm run build:single`: one HTML file, opened from disk with the network cut off, analyses a
// bundled example in its inlined worker.
const root = fileURLToPath(new URL('..', import.meta.url))
const file = pathToFileURL(`${root}dist-single/mcp-oauth-har.html`).href

test.beforeAll(() => {
  execSync('npx vite build --config vite.single.config.ts --logLevel error', { cwd: root, stdio: 'inherit' })
})

test('the single HTML file works from file:// with no network', async ({ page, context }) => {
  const requests: string[] = []
  await context.route(/^(https?|wss?):/, (route) => {
    requests.push(route.request().url())
    return route.abort()
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  const workers: string[] = []
  page.on('worker', (w) => workers.push(w.url()))
  await page.goto(file)
  await expectState(page, 'idle')
  await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
  await expectState(page, 'ready')
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText(
    'sent no resource in the authorization request',
  )
  await page
    .getByRole('region', { name: 'Flow' })
    .getByRole('button', { name: /token → 200, entry 5/ })
    .click()
  await expect(page.getByRole('region', { name: 'Entry', exact: true })).toContainText('Entry #5')
  await expect(page).toHaveTitle(/copilot-studio-workos-proxy\.har/)
  // The analysis ran in the inlined worker, not on the page's thread.
  expect(workers.some((u) => u.startsWith('blob:') || u.startsWith('data:'))).toBe(true)
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("connect-src 'none'")
  expect(requests).toEqual([])
  expect(errors).toEqual([])
})
