#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests, or installs Debian's when running as root on Debian.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own download. Prints the path it chose.
import { existsSync, readFileSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { chromiumCandidates } from './chromium-path.mjs'

const found = chromiumCandidates().find((p) => existsSync(p))
if (found) {
  console.log(`e2e: using Chromium at ${found}`)
  process.exit(0)
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const isDebian = existsSync('/etc/debian_version') || /debian/i.test(safeRead('/etc/os-release'))
if (isRoot && isDebian) {
  console.log("e2e: no Chromium found; installing Debian's chromium package (apt-get)…")
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
  if (existsSync('/usr/bin/chromium')) process.exit(0)
}
console.error(
  'e2e: no Chromium found. Install one and run again: on Debian/Ubuntu `sudo apt-get install -y chromium`, ' +
    'or `npx playwright install chromium`, or point CHROMIUM_PATH at a Chromium/Chrome binary.',
)
process.exit(1)

function safeRead(path) {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}
