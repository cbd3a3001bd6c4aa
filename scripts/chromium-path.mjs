// Where a Chromium for Playwright may be, in the order we prefer them (README: "Tests").
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

export function chromiumCandidates() {
  const list = []
  if (process.env.CHROMIUM_PATH) list.push(process.env.CHROMIUM_PATH)
  list.push('/usr/bin/chromium', '/usr/bin/chromium-browser')
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright')
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith('chromium'))
      .sort()
      .reverse()) {
      list.push(join(cache, dir, 'chrome-linux', 'chrome'), join(cache, dir, 'chrome-linux64', 'chrome'))
    }
  }
  return list
}

// Flags for a headless Chromium on a shared VM: no sandbox (we run in a container), no GPU, and none of
// the background traffic (updates, sync, first-run pages) that would add requests or noise to timings.
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
])

export function findChromium() {
  return chromiumCandidates().find((p) => existsSync(p))
}
