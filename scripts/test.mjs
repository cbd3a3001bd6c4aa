#!/usr/bin/env node
// `npm test`: every check the project has, then one closing line "tests: N passed, N failed" that
// counts every suite. A check that fails without failing a test (type errors, lint, a suite that
// could not start or ran no test) counts as one failed test, so the last line is never green
// unless everything ran.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { freePort } from './free-port.mjs'

// The formatter check (Prettier, 120 columns) joins once the code base has been reformatted
// once with `npm run format`; until then it would fail on every file. Switch on by setting true.
const FORMAT_CHECK = true

const STEP_TIMEOUT_MS = 15 * 60_000
const REPORTS = 'reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const started = Date.now()
const results = [] // { label, passed, failed, note }

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`)
  const t = Date.now()
  // A step that hangs (a server that never answers) fails after STEP_TIMEOUT_MS instead of stalling.
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    shell: false,
    env: { ...process.env, ...env },
    timeout: STEP_TIMEOUT_MS,
  })
  console.log(
    `  ${label}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status ?? r.signal})`} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  )
  return r.status === 0
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

/** A check without tests of its own counts as one test. */
function check(label, cmd, args) {
  const ok = run(label, cmd, args)
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 })
  return ok
}

/** A test suite counts its tests; a suite that did not start or ran nothing is a failure. */
function suite(label, ran, report, count) {
  const c = report ? count(report) : null
  if (!c || c.passed + c.failed === 0) {
    results.push({ label, passed: 0, failed: 1, note: report ? 'ran no test' : 'did not start (no report)' })
  } else {
    results.push({ label, passed: c.passed, failed: c.failed || (ran ? 0 : 1), note: ran ? '' : 'runner failed' })
  }
}

check('type-check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json'])
check('type-check core (no DOM, no Node)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.core.json'])
check('lint', npx, ['eslint', '--max-warnings=0', '.'])
if (FORMAT_CHECK) check('format', npx, ['prettier', '--check', '.'])
else console.log('\n▷ format check: off until the one-time `npm run format` (FORMAT_CHECK in scripts/test.mjs)')

const unitRan = run('unit', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/unit.json`,
])
suite('unit', unitRan, readJson(`${REPORTS}/unit.json`), (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
}))

const e2eReady =
  check('chromium', process.execPath, ['scripts/ensure-chromium.mjs']) && check('build', npx, ['vite', 'build'])
if (e2eReady) {
  const port = String(process.env.E2E_PORT || (await freePort()))
  const e2eRan = run('end-to-end', process.execPath, ['scripts/e2e.mjs'], { E2E_PORT: port })
  suite('end-to-end', e2eRan, readJson(`${REPORTS}/e2e.json`), (r) => ({
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: (r.stats?.unexpected ?? 0) + (r.errors?.length ?? 0),
  }))
} else {
  results.push({ label: 'end-to-end', passed: 0, failed: 1, note: 'not run' })
}

const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log('')
for (const r of results)
  console.log(
    `  ${r.failed ? '✗' : '✓'} ${r.label}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`,
  )
console.log(`  in ${((Date.now() - started) / 1000).toFixed(0)} s`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
