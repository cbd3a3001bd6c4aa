import { expect, type Locator, type Page } from '@playwright/test'

/** Records requests to anything but the app's own origin, and console errors. */
export function watch(page: Page, origin: string): { foreign: string[]; errors: string[] } {
  const foreign: string[] = []
  const errors: string[] = []
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return { foreign, errors }
}

export async function openFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Open HAR file').first().setInputFiles({ name, mimeType: 'application/octet-stream', buffer })
}

export async function expectState(page: Page, state: 'idle' | 'loading' | 'ready' | 'error'): Promise<void> {
  await expect(page.locator('main')).toHaveAttribute('data-state', state)
}

/** Opens the Copilot Studio proxy example and selects its token exchange (entry 5), where the secrets are. */
export async function openProxyTokenEntry(page: Page): Promise<Locator> {
  await page.goto('/')
  await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
  await page
    .getByRole('region', { name: 'Flow' })
    .getByRole('button', { name: /token → 200, entry 5/ })
    .click()
  return page.getByRole('region', { name: 'Entry', exact: true })
}
