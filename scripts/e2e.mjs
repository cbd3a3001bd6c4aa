#!/usr/bin/env node
// End-to-end tests on a free port (E2E_PORT when set): Playwright's preview server binds it with
// --strictPort, so a taken port would otherwise stop the suite before any test ran.
import { spawnSync } from 'node:child_process'
import { freePort } from './free-port.mjs'

const port = process.env.E2E_PORT || String(await freePort())
console.log(`e2e: preview server on 127.0.0.1:${port}`)
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const r = spawnSync(npx, ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_PORT: port },
})
process.exit(r.status ?? 1)
