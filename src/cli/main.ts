// The CLI: the same pure core as the web app, over files on disk (PRODUCT.md §8).
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import {
  analyzeCapture,
  analyzeCaptureText,
  analyzeStream,
  STREAM_FROM_BYTES,
  analyzeText,
  diffReports,
  renderDiffMarkdown,
  renderDiffText,
  decodeShareLink,
  errorReport,
  isBinaryCapture,
  redactCapture,
  renderMarkdown,
  renderText,
  toShareableReport,
  TOOL_VERSION,
  type Report,
} from '../core/index.ts'
import { parseArgs, type AnalyzeCommand, type DiffCommand, type FailOn } from './args.ts'
import { joinWithProbe, printShare, probeCommand } from './probe-command.ts'

export interface Io {
  out(text: string): void
  err(text: string): void
}

const processIo: Io = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) }

function failsAt(r: Report, level: FailOn): boolean {
  if (level === 'never') return false
  return r.findings.some(
    (f) => f.status === 'fail' && (f.severity === 'error' || (level === 'warning' && f.severity === 'warning')),
  )
}

function readBytes(path: string): Uint8Array | string {
  try {
    if (statSync(path).isDirectory()) return `${path} is a directory, not a capture file.`
    return readFileSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return `Cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((e as Error).message)}.`
  }
}

async function loadAny(path: string): Promise<Report> {
  try {
    const stat = statSync(path)
    if (stat.isFile() && stat.size > STREAM_FROM_BYTES) {
      const streamed = await analyzeStream(
        () => createReadStream(path, { highWaterMark: 1 << 20 }),
        basename(path),
        stat.size,
      )
      if (streamed) return streamed.report
    }
  } catch {
    /* fall through: load() says what is wrong */
  }
  return load(path)
}

/** Plain-text captures are decoded by Node directly (faster than TextDecoder, and the bytes are
 * freed before parsing); compressed, zipped and UTF-16 ones go through the core's byte path. */
function load(path: string): Report {
  try {
    const stat = statSync(path)
    if (stat.isDirectory())
      return errorReport(basename(path), 0, { code: 'not-har', message: `${path} is a directory, not a capture file.` })
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
    const bytes = readBytes(path)
    return errorReport(basename(path), 0, {
      code: 'not-har',
      message: typeof bytes === 'string' ? bytes : `Cannot read ${path}: ${String((e as Error).message)}.`,
    })
  }
}

function loadText(path: string): Report {
  try {
    const text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8')
    return analyzeText(text, path === '-' ? 'standard input' : basename(path)).report
  } catch (e) {
    const bytes = readBytes(path)
    return errorReport(basename(path), 0, {
      code: 'not-har',
      message: typeof bytes === 'string' ? bytes : String((e as Error).message),
    })
  }
}

/** A HAR, or, when the file is not one, the text it holds (a forum post saved to a file). */
function loadEither(path: string): Report {
  const r = load(path)
  if (
    r.input.error &&
    r.input.entries === 0 &&
    (r.input.error.code === 'invalid-json' || r.input.error.code === 'not-har') &&
    typeof readBytes(path) !== 'string'
  )
    return loadText(path)
  return r
}

function diff(args: DiffCommand, io: Io): number {
  const a = loadEither(args.a)
  const b = loadEither(args.b)
  for (const r of [a, b]) {
    if (r.input.error && r.input.entries === 0) {
      io.err(`mcp-oauth-har: ${r.input.name}: ${r.input.error.message}\n`)
      return 2
    }
  }
  const d = diffReports(a, b)
  io.out(
    (args.format === 'json'
      ? JSON.stringify(d, null, 2)
      : args.format === 'markdown'
        ? renderDiffMarkdown(d)
        : renderDiffText(d)) + '\n',
  )
  return 0
}

async function analyze(args: AnalyzeCommand, io: Io): Promise<number> {
  const reports: Report[] = []
  for (const f of args.files) {
    const r = args.text ? loadText(f) : await loadAny(f)
    if (args.probe === null || (r.input.error && r.input.entries === 0)) {
      reports.push(r)
      continue
    }
    const joined = await joinWithProbe(r, args.probe, args.probeSettings, io)
    if (typeof joined === 'string') {
      io.err(`mcp-oauth-har: ${joined}\n`)
      return 2
    }
    reports.push(joined)
  }
  // A file that could not be read at all says so once, on standard error; JSON still gets its report.
  const printable = args.format === 'json' ? reports : reports.filter((r) => !(r.input.error && r.input.entries === 0))
  if (args.format === 'json') io.out(JSON.stringify(printable.length === 1 ? printable[0] : printable, null, 2) + '\n')
  else if (printable.length && args.format === 'markdown') {
    const md = printable.map((r) => renderMarkdown(toShareableReport(r, { hideHosts: args.hideHosts })))
    io.out(md.join('\n\n---\n\n') + '\n')
  } else if (printable.length) io.out(printable.map((r) => renderText(r, { all: args.all })).join('\n\n') + '\n')
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

export async function main(
  argv: readonly string[],
  io: Io = processIo,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const args = parseArgs(argv, env)
  switch (args.command) {
    case 'help':
      io.out(args.text + '\n')
      return 0
    case 'version':
      io.out(TOOL_VERSION + '\n')
      return 0
    case 'error':
      io.err(`mcp-oauth-har: ${args.message}\n`)
      return 2
    case 'probe':
      return probeCommand(args, io, (r) => failsAt(r, args.failOn))
    case 'analyze':
      return analyze(args, io)
    case 'diff':
      return diff(args, io)
    case 'share': {
      const r = await loadAny(args.file)
      if (r.input.error && r.input.entries === 0) {
        io.err(`mcp-oauth-har: ${r.input.name}: ${r.input.error.message}\n`)
        return 2
      }
      await printShare(r, args.base, args.hideHosts, io)
      return 0
    }
    case 'open-link': {
      const decoded = await decodeShareLink(args.link)
      if (!decoded.ok) {
        io.err(`mcp-oauth-har: ${decoded.error.message}\n`)
        return 2
      }
      io.out(args.json ? JSON.stringify(decoded.value, null, 2) + '\n' : renderMarkdown(decoded.value) + '\n')
      return 0
    }
    case 'redact': {
      const bytes = readBytes(args.file)
      if (typeof bytes === 'string') {
        io.err(`mcp-oauth-har: ${bytes}\n`)
        return 2
      }
      const red = redactCapture(bytes, basename(args.file))
      if (!red.ok) {
        io.err(`mcp-oauth-har: ${basename(args.file)}: ${red.error.message}\n`)
        return 2
      }
      writeFileSync(args.output, red.value)
      io.err(`mcp-oauth-har: wrote ${args.output}\n`)
      // A damaged input is redacted as far as it goes (PRODUCT.md §7); say what was lost.
      for (const l of red.lost) io.err(`mcp-oauth-har: ${basename(args.file)}: ${l}\n`)
      return red.lost.length ? 2 : 0
    }
  }
}
