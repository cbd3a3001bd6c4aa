// `npm run bench`: figures for BENCHMARKS.md, all in one run on this machine.
//  1. CLI on a ~100 MB capture with large bodies and on one of 100,000 small JSON entries: median
//     wall time and peak RSS of `cli analyze` next to plain readFileSync + JSON.parse of the same
//     file (several runs, alternating order), as ratios.
//  2. CLI on a ~1 GB capture (BENCH_1GB=0 skips it): time and peak RSS; the baseline's failure.
//  3. Browser (BENCH_BROWSER=0 skips it; BENCH_CLI=0 skips 1): time to verdict next to File.text() + JSON.parse.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { spawnSync, execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { cpus, totalmem } from 'node:os'
import { writeBenchCapture } from './make-capture.ts'
import { browserFigures } from './browser.ts'

const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, 'bench', 'out')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
mkdirSync(OUT, { recursive: true })
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
)

const cli = join(ROOT, 'dist-cli', 'cli.js')
execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'silent'], {
  cwd: ROOT,
  stdio: 'inherit',
})

interface Sample {
  ms: number
  rssMb: number
  ok: boolean
  err: string
}

function measure(args: string[], okCodes = [0, 1]): Sample {
  const usage = join(OUT, 'usage.txt')
  rmSync(usage, { force: true })
  const start = performance.now()
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', '--import', join(ROOT, 'bench', 'report-usage.mjs'), ...args],
    { env: { ...process.env, BENCH_USAGE_FILE: usage }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 },
  )
  const ms = performance.now() - start
  const rssMb = existsSync(usage) ? Number(readFileSync(usage, 'utf8')) / 1024 : Number.NaN
  return {
    ms,
    rssMb,
    ok: okCodes.includes(r.status ?? -1),
    err:
      String(r.stderr)
        .split('\n')
        .find((l) => /Error|error/.test(l)) ?? '',
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const baselineArgs = (f: string) => [join(ROOT, 'bench', 'baseline.mjs'), f]
const cliArgs = (f: string) => [cli, 'analyze', f, '--json']

/** CLI against readFileSync + JSON.parse of the same file, alternating order, medians. */
function cliFigures(label: string, file: string, made: { bytes: number; entries: number }) {
  if (process.env.BENCH_CLI === '0') return
  console.log(`\n${label}: ${(made.bytes / 1e6).toFixed(1)} MB, ${made.entries} entries; ${RUNS} runs each, medians`)
  const base: Sample[] = []
  const ours: Sample[] = []
  for (let i = 0; i < RUNS; i++) {
    for (const which of i % 2 === 0 ? ['b', 'a'] : ['a', 'b'])
      (which === 'b' ? base : ours).push(measure(which === 'b' ? baselineArgs(file) : cliArgs(file)))
  }
  const b = { ms: median(base.map((s) => s.ms)), rss: median(base.map((s) => s.rssMb)) }
  const a = { ms: median(ours.map((s) => s.ms)), rss: median(ours.map((s) => s.rssMb)) }
  console.log(
    `  baseline readFileSync + JSON.parse  ${b.ms.toFixed(0).padStart(6)} ms  ${b.rss.toFixed(0).padStart(5)} MB peak RSS`,
  )
  console.log(
    `  cli analyze --json (streaming)      ${a.ms.toFixed(0).padStart(6)} ms  ${a.rss.toFixed(0).padStart(5)} MB peak RSS`,
  )
  console.log(
    `  ratio cli / baseline                time ${(a.ms / b.ms).toFixed(2)}   memory ${(a.rss / b.rss).toFixed(2)}`,
  )
}

const file100 = join(OUT, 'capture-100mb.har')
cliFigures('100 MB, large bodies', file100, writeBenchCapture(file100, 100))
const fileSmall = join(OUT, 'capture-100k-small.har')
cliFigures('100,000 small JSON entries', fileSmall, writeBenchCapture(fileSmall, 100, 100_000, 'small'))

const files = [file100, fileSmall]
if (process.env.BENCH_1GB !== '0') {
  const file1g = join(OUT, 'capture-1gb.har')
  const big = writeBenchCapture(file1g, 1000, 400_000)
  files.push(file1g)
  console.log(`\n1 GB: ${(big.bytes / 1e6).toFixed(0)} MB, ${big.entries} entries; one run each`)
  const c = measure(cliArgs(file1g))
  const j = measure(baselineArgs(file1g), [0])
  console.log(
    `  cli analyze --json                  ${c.ok ? 'completes' : 'FAILS'} in ${(c.ms / 1000).toFixed(1)} s, ${c.rssMb.toFixed(0)} MB peak RSS`,
  )
  console.log(
    `  baseline readFileSync + JSON.parse  ${j.ok ? `completes in ${(j.ms / 1000).toFixed(1)} s` : `fails: ${j.err.trim().slice(0, 90)}`}`,
  )
}
if (process.env.BENCH_BROWSER !== '0') {
  console.log('\nbrowser (Chromium, production build)')
  for (const f of await browserFigures(
    files.filter((f) => process.env.BENCH_1GB_BROWSER !== '0' || !f.includes('1gb')),
  )) {
    const ratio =
      typeof f.jsonParseMs === 'number'
        ? `ratio ${(f.verdictMs / f.jsonParseMs).toFixed(2)}, in the page ${(f.verdictInPageMs / f.jsonParseMs).toFixed(2)}`
        : `JSON.parse ${f.jsonParseMs}`
    console.log(
      `  ${f.file.split('/').pop()}: verdict in ${f.verdictMs} ms (in the page ${f.verdictInPageMs} ms); File.text()+JSON.parse ${typeof f.jsonParseMs === 'number' ? Math.round(f.jsonParseMs) + ' ms' : 'n/a'}; ${ratio}; longest main-thread task ${f.longestTaskMs} ms (median run ${f.medianLongestTaskMs} ms) (${f.entries.trim()})`,
    )
    console.log(
      `    after the verdict: longest task ${f.medianLongestAfterVerdictMs} ms (median run), ` +
        `table rows ${f.tableAfterVerdictMs} ms later`,
    )
    console.log(
      `    all rows: ${f.allRowsMs} ms from unchecking "Auth-related only", ` +
        `longest task ${f.longestAllRowsTaskMs} ms; then sort by path and 2xx only: longest task ${f.longestSortFilterTaskMs} ms`,
    )
  }
}
if (!process.env.BENCH_KEEP) rmSync(OUT, { recursive: true, force: true })
