#!/usr/bin/env node
// `npm test`: type-check, unit tests, end-to-end tests, then one closing line
// "tests: N passed, N failed" that counts both runners.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'

const REPORTS = 'reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false })
  return r.status === 0
}

function readJson(path) {
  try { return JSON.parse(readFileSync(path, 'utf8')) } catch { return null }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
let ok = run('type-check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json'])
ok = run('unit', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/unit.json`]) && ok
const e2eReady = run('chromium', process.execPath, ['scripts/ensure-chromium.mjs']) && run('build', npx, ['vite', 'build'])
ok = e2eReady && ok
if (e2eReady) ok = run('end-to-end', npx, ['playwright', 'test']) && ok

const unit = readJson(`${REPORTS}/unit.json`)
const e2e = readJson(`${REPORTS}/e2e.json`)
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0)
const counted = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0)
// A step that fails without failing a test (type errors, a missing browser) still counts once.
const failed = ok ? counted : Math.max(counted, 1)
console.log(`\nunit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'no report'}; end-to-end: ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed` : 'not run'}`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(ok && unit ? 0 : 1)
