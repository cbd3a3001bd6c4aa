// The CLI: the same pure core as the web app, over files on disk (PRODUCT.md §8).
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { analyzeCapture, errorReport, renderMarkdown, renderText, TOOL_VERSION, type Report } from '../core/index.ts'
import { parseArgs, USAGE, type FailOn } from './args.ts'

function failsAt(r: Report, level: FailOn): boolean {
  if (level === 'never') return false
  return r.findings.some((f) => f.status === 'fail' && (f.severity === 'error' || (level === 'warning' && f.severity === 'warning')))
}

function load(path: string): Report {
  let bytes: Uint8Array
  try {
    if (statSync(path).isDirectory()) return errorReport(basename(path), 0, { code: 'not-har', message: `${path} is a directory, not a capture file.` })
    bytes = readFileSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((e as Error).message)
    return errorReport(basename(path), 0, { code: 'not-har', message: `Cannot read ${path}: ${why}.` })
  }
  return analyzeCapture(bytes, basename(path)).report
}

export function main(argv: readonly string[]): number {
  const args = parseArgs(argv)
  if (args.command === 'help') {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  if (args.command === 'version') {
    process.stdout.write(TOOL_VERSION + '\n')
    return 0
  }
  if (args.command === 'error') {
    process.stderr.write(`mcp-oauth-har: ${args.message}\n${USAGE}\n`)
    return 2
  }
  const reports = args.files.map(load)
  if (args.format === 'json') process.stdout.write(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n')
  else if (args.format === 'markdown') process.stdout.write(reports.map((r) => renderMarkdown(r)).join('\n\n---\n\n') + '\n')
  else process.stdout.write(reports.map((r) => renderText(r, { all: args.all })).join('\n\n') + '\n')
  let code = 0
  for (const r of reports) {
    if (r.input.error) {
      process.stderr.write(`mcp-oauth-har: ${r.input.name}: ${r.input.error.message}\n`)
      code = 2
    }
  }
  if (code === 0 && reports.some((r) => failsAt(r, args.failOn))) code = 1
  return code
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (e) {
  process.stderr.write(`mcp-oauth-har: internal error: ${String((e as Error)?.message ?? e)}\n`)
  process.exitCode = 2
}
