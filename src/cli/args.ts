// Command-line parsing for `mcp-oauth-har`, kept apart from I/O so it can be unit-tested.

export type FailOn = 'error' | 'warning' | 'never'

export interface AnalyzeCommand {
  command: 'analyze'
  files: string[]
  format: 'text' | 'json' | 'markdown'
  failOn: FailOn
  all: boolean
}

export type Parsed = AnalyzeCommand | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string }

export const USAGE = `Usage:
  mcp-oauth-har analyze <file…> [--json | --markdown] [--fail-on error|warning|never] [--all]

Explains why an MCP client's OAuth connection failed, from HAR captures (.har, .json,
.har.gz, .zhar, Playwright .zip). Nothing is uploaded.

  --json            print the report as JSON (schema mcp-oauth-har/report@1)
  --markdown        print forum-ready Markdown
  --fail-on LEVEL   exit 1 when a finding fails at LEVEL or above (default: error)
  --all             text output: list passing and informational checks too

Exit codes: 0 nothing fails at the --fail-on level, 1 something does, 2 bad input or usage.`

export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') return { command: 'help' }
  if (command === '--version' || command === '-v') return { command: 'version' }
  if (command !== 'analyze') return { command: 'error', message: `Unknown command "${command}". Try: mcp-oauth-har analyze capture.har` }
  const out: AnalyzeCommand = { command: 'analyze', files: [], format: 'text', failOn: 'error', all: false }
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!
    if (a === '--json') out.format = out.format === 'markdown' ? 'json' : 'json'
    else if (a === '--markdown') out.format = 'markdown'
    else if (a === '--all') out.all = true
    else if (a === '--fail-on' || a.startsWith('--fail-on=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i]
      if (v !== 'error' && v !== 'warning' && v !== 'never') return { command: 'error', message: `--fail-on takes error, warning or never (got ${v === undefined ? 'nothing' : `"${v}"`}).` }
      out.failOn = v
    } else if (a.startsWith('-')) return { command: 'error', message: `Unknown option "${a}".` }
    else out.files.push(a)
  }
  if (rest.includes('--json') && rest.includes('--markdown')) return { command: 'error', message: 'Choose one of --json and --markdown.' }
  if (!out.files.length) return { command: 'error', message: 'Name at least one capture file: mcp-oauth-har analyze capture.har' }
  return out
}
