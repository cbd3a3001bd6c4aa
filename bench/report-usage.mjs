// Preloaded with `node --import`: on exit, writes the process's peak RSS (KiB) to the file named
// by BENCH_USAGE_FILE, so the CLI is measured as shipped, unmodified.
import { writeFileSync } from 'node:fs'
process.on('exit', () => {
  if (process.env.BENCH_USAGE_FILE) writeFileSync(process.env.BENCH_USAGE_FILE, String(process.resourceUsage().maxRSS))
})
