#!/usr/bin/env node
// `npm run screenshots`: builds the app, serves it on loopback, and saves the start page and a
// report (light and dark), the entry view and the report on a phone into docs/ for the README.
import { spawn, execSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './chromium-path.mjs'

const PORT = 4174
execSync('npx vite build --logLevel silent', { stdio: 'inherit' })
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
})
try {
  await waitFor(`http://127.0.0.1:${PORT}/`)
  mkdirSync('docs', { recursive: true })
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...chromiumArgs],
  })
  const proxy = /Copilot Studio × WorkOS: proxy capture/
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, colorScheme })
    await page.goto(`http://127.0.0.1:${PORT}/`)
    await page.getByRole('button', { name: proxy }).waitFor()
    if (colorScheme === 'light') await page.screenshot({ path: 'docs/start.png' })
    await page.getByRole('button', { name: proxy }).click()
    await page.locator('main[data-state="ready"]').waitFor()
    await page.screenshot({ path: `docs/report-${colorScheme}.png` })
    // The evidence view: requests beside the selected entry (its token decoded), as DevTools splits them.
    await page
      .getByRole('region', { name: 'Flow' })
      .getByRole('button', { name: /token → 200/ })
      .click()
    await page.waitForTimeout(300)
    if (colorScheme === 'light') await page.screenshot({ path: 'docs/entry.png' })
    await page.close()
  }
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
  await phone.goto(`http://127.0.0.1:${PORT}/#example=copilot-studio-workos-proxy`)
  await phone.locator('main[data-state="ready"]').waitFor()
  await phone.waitForTimeout(300)
  await phone.screenshot({ path: 'docs/phone.png' })
  await phone.close()
  await browser.close()
  console.log('wrote docs/start.png, docs/report-light.png, docs/report-dark.png, docs/entry.png, docs/phone.png')
} finally {
  process.kill(-server.pid)
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not start`)
}
