// Browser figures (not a test): time to verdict in Chromium for a capture, next to the same
// browser's File.text() + JSON.parse of the same file, and the longest main-thread task meanwhile.
import { spawn, execFileSync } from 'node:child_process'
import { chromium } from 'playwright-core'
import { findChromium } from '../scripts/chromium-path.mjs'
import { freePort } from '../scripts/free-port.mjs'

export interface BrowserFigures {
  file: string
  verdictMs: number
  jsonParseMs: number | string
  longestTaskMs: number
  entries: string
}

export async function browserFigures(files: string[]): Promise<BrowserFigures[]> {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'silent'], { stdio: 'inherit' })
  const PORT = await freePort()
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true })
  const out: BrowserFigures[] = []
  try {
    for (let i = 0; i < 100; i++) {
      try { if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 100))
    }
    const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
    for (const file of files) {
      const page = await browser.newPage()
      await page.goto(`http://127.0.0.1:${PORT}/`)
      await page.evaluate(() => {
        const w = window as unknown as { __long: number[] }
        w.__long = []
        new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.push(e.duration) }).observe({ type: 'longtask', buffered: false })
      })
      const t0 = Date.now()
      await page.getByLabel('Open HAR file').first().setInputFiles(file)
      await page.locator('main[data-state="ready"], main[data-state="error"]').waitFor({ timeout: 600_000 })
      const verdictMs = Date.now() - t0
      const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long))
      const entries = (await page.getByRole('region', { name: 'Verdict' }).locator('.muted').first().textContent()) ?? ''
      // The baseline: the same file through File.text() and JSON.parse in the same browser.
      const input = page.locator('#baseline-input')
      await page.evaluate(() => { const i = document.createElement('input'); i.type = 'file'; i.id = 'baseline-input'; document.body.append(i) })
      await input.setInputFiles(file)
      const jsonParseMs = await page.evaluate(async () => {
        const f = (document.getElementById('baseline-input') as HTMLInputElement).files![0]!
        const t = performance.now()
        try {
          JSON.parse(await f.text())
          return performance.now() - t
        } catch (e) {
          return `fails: ${String((e as Error).message).slice(0, 80)}`
        }
      })
      out.push({ file, verdictMs, jsonParseMs, longestTaskMs: Math.round(longest), entries })
      await page.close()
    }
    await browser.close()
  } finally {
    process.kill(-server.pid!)
  }
  return out
}
