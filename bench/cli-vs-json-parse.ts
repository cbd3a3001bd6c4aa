// `npm run bench`: median wall time and peak RSS of `cli analyze` on a ~100 MB capture, next to
// plain readFileSync + JSON.parse of the same file, as ratios measured in the same run.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { spawnSync, execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { writeBenchCapture } from './make-capture.ts'

const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, 'bench', 'out')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const SIZE_MB = Number(process.env.BENCH_MB ?? 100)

mkdirSync(OUT, { recursive: true })
const capture = join(OUT, `capture-${SIZE_MB}mb.har`)
const made = writeBenchCapture(capture, SIZE_MB)
console.log(`capture: ${(made.bytes / 1e6).toFixed(1)} MB, ${made.entries} entries (${capture})`)

const cli = join(ROOT, 'dist-cli', 'cli.js')
if (!existsSync(cli)) execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'silent'], { cwd: ROOT, stdio: 'inherit' })

interface Sample { ms: number; rssMb: number }

function measure(args: string[]): Sample {
  const usage = join(OUT, 'usage.txt')
  rmSync(usage, { force: true })
  const start = performance.now()
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', join(ROOT, 'bench', 'report-usage.mjs'), ...args], { env: { ...process.env, BENCH_USAGE_FILE: usage }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
  const ms = performance.now() - start
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return { ms, rssMb: Number(readFileSync(usage, 'utf8')) / 1024 }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const baseline: Sample[] = []
const analyze: Sample[] = []
for (let i = 0; i < RUNS; i++) {
  // Alternate the order so cache warmth does not favour one side.
  const pair = i % 2 === 0 ? ['b', 'a'] : ['a', 'b']
  for (const which of pair) {
    if (which === 'b') baseline.push(measure([join(ROOT, 'bench', 'baseline.mjs'), capture]))
    else analyze.push(measure([cli, 'analyze', capture, '--json']))
  }
}
const b = { ms: median(baseline.map((s) => s.ms)), rss: median(baseline.map((s) => s.rssMb)) }
const a = { ms: median(analyze.map((s) => s.ms)), rss: median(analyze.map((s) => s.rssMb)) }
console.log(`runs: ${RUNS} each, medians`)
console.log(`baseline  readFileSync + JSON.parse   ${b.ms.toFixed(0).padStart(6)} ms   ${b.rss.toFixed(0).padStart(5)} MB peak RSS`)
console.log(`cli analyze --json                    ${a.ms.toFixed(0).padStart(6)} ms   ${a.rss.toFixed(0).padStart(5)} MB peak RSS`)
console.log(`ratio (cli / baseline)                time ${(a.ms / b.ms).toFixed(2)}   memory ${(a.rss / b.rss).toFixed(2)}   (target ≤ 1.5)`)
if (!process.env.BENCH_KEEP) rmSync(capture, { force: true })
