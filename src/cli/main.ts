// The CLI: the same pure core as the web app, over files on disk (PRODUCT.md §8).
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { analyzeCapture, analyzeCaptureText, errorReport, isBinaryCapture, renderMarkdown, renderText, TOOL_VERSION, type Report } from '../core/index.ts'
import { parseArgs, USAGE, type FailOn } from './args.ts'

function failsAt(r: Report, level: FailOn): boolean {
  if (level === 'never') return false
  return r.findings.some((f) => f.status === 'fail' && (f.severity === 'error' || (level === 'warning' && f.severity === 'warning')))
}

/** Plain-text captures are decoded by Node directly (faster than TextDecoder, and the bytes are
 * freed before parsing); compressed, zipped and UTF-16 ones go through the core's byte path. */
function load(path: string): Report {
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) return errorReport(basename(path), 0, { code: 'not-har', message: `${path} is a directory, not a capture file.` })
    const head = new Uint8Array(4)
    const fd = openSync(path, 'r')
    try {
      readSync(fd, head, 0, 4, 0)
    } finally {
      closeSync(fd)
    }
    if (isBinaryCapture(head)) return analyzeCapture(readFileSync(path), basename(path)).report
    return analyzeCaptureText(readFileSync(path, 'utf8'), basename(path), stat.size).report
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((e as Error).message)
    return errorReport(basename(path), 0, { code: 'not-har', message: `Cannot read ${path}: ${why}.` })
  }
}

export interface Io {
  out(text: string): void
  err(text: string): void
}

const processIo: Io = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) }

export function main(argv: readonly string[], io: Io = processIo): number {
  const args = parseArgs(argv)
  if (args.command === 'help') {
    io.out(USAGE + '\n')
    return 0
  }
  if (args.command === 'version') {
    io.out(TOOL_VERSION + '\n')
    return 0
  }
  if (args.command === 'error') {
    io.err(`mcp-oauth-har: ${args.message}\n${USAGE}\n`)
    return 2
  }
  const reports = args.files.map(load)
  if (args.format === 'json') io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n')
  else if (args.format === 'markdown') io.out(reports.map((r) => renderMarkdown(r)).join('\n\n---\n\n') + '\n')
  else io.out(reports.map((r) => renderText(r, { all: args.all })).join('\n\n') + '\n')
  let code = 0
  for (const r of reports) {
    if (r.input.error) {
      io.err(`mcp-oauth-har: ${r.input.name}: ${r.input.error.message}\n`)
      code = 2
    }
  }
  if (code === 0 && reports.some((r) => failsAt(r, args.failOn))) code = 1
  return code
}
