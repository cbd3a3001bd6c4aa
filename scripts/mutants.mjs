#!/usr/bin/env node
// `npm run mutants`: plants each defect the test suite must catch (issue #14), runs the checks
// `npm test` runs for that part of the code, and reports whether they failed ("killed") as they
// must. Files are restored after every mutant, also on Ctrl-C. Not part of `npm test`.
// Usage: npm run mutants [-- <name filter>]
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const vitest = (...files) => ['vitest', ['run', '--reporter=dot', ...files]]
const LINT_CORE = ['eslint', ['--max-warnings=0', 'src/core']]
const TSC_CORE = ['tsc', ['--noEmit', '-p', 'tsconfig.core.json']]

/** Edits: replace the first match of `find` (a RegExp) in `file` with `replace`; `find` may list alternatives. */
const MUTANTS = [
  {
    name: 'a golden deleted',
    edits: [{ file: 'fixtures/golden/copilot-studio-workos-proxy.json', delete: true }],
    checks: [vitest('src/core/stories.test.ts')],
  },
  {
    name: 'redaction throwing',
    edits: [
      {
        file: 'src/core/share/redact-har.ts',
        find: [/export function redactCapture\([^)]*\)[^{]*\{/],
        replace: "$&\n  throw new Error('mutant: redaction throws')",
      },
    ],
    checks: [vitest('src/core/share', 'src/cli')],
  },
  {
    name: 'Date.now() planted in core',
    edits: [{ file: 'src/core/analyze.ts', append: '\nexport const plantedClock = Date.now()\n' }],
    checks: [LINT_CORE, TSC_CORE],
  },
  {
    name: 'a node: import planted in core',
    edits: [
      {
        file: 'src/core/analyze.ts',
        append: "\nimport { readFileSync as plantedRead } from 'node:fs'\nexport const planted = plantedRead\n",
      },
    ],
    checks: [LINT_CORE, TSC_CORE],
  },
  {
    name: 'a src/ui import planted in core',
    edits: [{ file: 'src/core/analyze.ts', append: "\nexport { App as PlantedApp } from '../ui/App.tsx'\n" }],
    checks: [LINT_CORE, TSC_CORE],
  },
  {
    name: 'the body policy keeping nothing',
    edits: [
      {
        file: 'src/core/flow/body-policy.ts',
        find: [/export function bodyNeeded\([^)]*\)[^{]*\{/],
        replace: '$&\n  if (ex) return false',
      },
    ],
    checks: [vitest('src/core/stream')],
  },
  {
    name: 'the verdict choosing the last failure',
    edits: [
      {
        // The causal model orders candidate causes earliest first (report/causal-model.ts `byTime`).
        file: 'src/core/report/causal-model.ts',
        find: [/sort\(\(a, b\) => firstEntry\(a\) - firstEntry\(b\)\)/],
        replace: 'sort((a, b) => firstEntry(b) - firstEntry(a))',
      },
    ],
    checks: [vitest('src/core/stories.test.ts', 'src/core/report')],
  },
  {
    name: 'the scrubber disabled',
    edits: [
      {
        file: 'src/core/scrub/scrub.ts',
        find: [/export function scrubFreeText\([^)]*\)[^{]*\{/],
        replace: '$&\n  if (text) return text',
      },
    ],
    checks: [vitest('src/core/share', 'src/core/scrub')],
  },
  {
    name: 'the fast reader trusting where it cut a body',
    edits: [
      {
        file: 'src/core/stream/fast-batch.ts',
        find: [/if \(cut !== batch\.bodies\.length\)/],
        replace: 'if (cut < 0)',
      },
    ],
    checks: [vitest('src/core/stream')],
  },
  {
    name: 'the fast reader splitting multi-byte characters between chunks',
    edits: [
      {
        file: 'src/core/stream/fast-entries.ts',
        find: [/return need > b\.length - i \? i : b\.length/],
        replace: 'return b.length',
      },
    ],
    checks: [vitest('src/core/stream')],
  },
]

const saved = new Map()
function restore() {
  for (const [file, text] of saved) writeFileSync(file, text)
  saved.clear()
}
process.on('SIGINT', () => {
  restore()
  process.exit(130)
})

function apply(edit) {
  if (!existsSync(edit.file)) return `${edit.file} does not exist`
  const text = readFileSync(edit.file, 'utf8')
  saved.set(edit.file, text)
  if (edit.delete) return (rmSync(edit.file), null)
  if (edit.append) return (writeFileSync(edit.file, text + edit.append), null)
  const find = edit.find.find((re) => re.test(text))
  if (!find) return `no pattern matched in ${edit.file}: update scripts/mutants.mjs`
  writeFileSync(edit.file, text.replace(find, edit.replace))
  return null
}

function failingChecks(checks) {
  return checks
    .filter(([cmd, args]) => spawnSync(npx, [cmd, ...args], { stdio: 'ignore' }).status !== 0)
    .map(([cmd, args]) => `${cmd} ${args.join(' ')}`)
}

const filter = process.argv[2]?.toLowerCase()
const chosen = MUTANTS.filter((m) => !filter || m.name.toLowerCase().includes(filter))
const baseline = [...new Set(chosen.flatMap((m) => m.checks.map(JSON.stringify)))].map((c) => JSON.parse(c))
console.log(`baseline: ${baseline.length} checks must pass before any mutant…`)
const broken = failingChecks(baseline)
if (broken.length) {
  console.log(`baseline fails (${broken.join('; ')}): fix the suite first.`)
  process.exit(1)
}
const rows = []
for (const m of chosen) {
  const t = Date.now()
  let verdict
  try {
    const problem = m.edits.map(apply).find((p) => p)
    if (problem) verdict = `NOT APPLIED (${problem})`
    else {
      const failed = failingChecks(m.checks)
      verdict = failed.length ? `killed by ${failed.join('; ')}` : 'SURVIVED: every check passed'
    }
  } finally {
    restore()
  }
  rows.push({ name: m.name, verdict })
  console.log(
    `${verdict.startsWith('killed') ? '✓' : '✗'} ${m.name}: ${verdict} (${((Date.now() - t) / 1000).toFixed(0)} s)`,
  )
}
const survivors = rows.filter((r) => !r.verdict.startsWith('killed'))
console.log(`\nmutants: ${rows.length - survivors.length} killed, ${survivors.length} survived or not applied`)
process.exit(survivors.length ? 1 : 0)
