// Command-line parsing for `mcp-oauth-har`, kept apart from I/O so it can be unit-tested.

export type FailOn = 'error' | 'warning' | 'never'

export interface AnalyzeCommand {
  command: 'analyze'
  files: string[]
  format: 'text' | 'json' | 'markdown'
  failOn: FailOn
  all: boolean
  hideHosts: boolean
  /** Files of pasted text (forum posts, logs) instead of HAR captures; '-' is standard input. */
  text: boolean
}
export interface ShareCommand { command: 'share'; file: string; base: string; hideHosts: boolean }
export interface OpenLinkCommand { command: 'open-link'; link: string; json: boolean }
export interface RedactCommand { command: 'redact'; file: string; output: string }
export interface DiffCommand { command: 'diff'; a: string; b: string; format: 'text' | 'json' | 'markdown' }

export type Parsed = AnalyzeCommand | ShareCommand | OpenLinkCommand | RedactCommand | DiffCommand | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string }

export const DEFAULT_BASE = 'https://mcp-oauth-har.github.io/'

export const USAGE = `Usage:
  mcp-oauth-har analyze <file…> [--json | --markdown] [--fail-on error|warning|never] [--all] [--hide-hosts]
  mcp-oauth-har analyze --text <file|-> [--json | --markdown]
  mcp-oauth-har diff <a> <b> [--json | --markdown]
  mcp-oauth-har share <file> [--base URL] [--hide-hosts]
  mcp-oauth-har open-link <url> [--json]
  mcp-oauth-har redact <file> -o <out.har>

Explains why an MCP client's OAuth connection failed, from HAR captures (.har, .json,
.har.gz, .zhar, Playwright .zip). Nothing is uploaded.

  --json            print the report as JSON (schema mcp-oauth-har/report@1)
  --markdown        print forum-ready Markdown (redacted)
  --fail-on LEVEL   exit 1 when a finding fails at LEVEL or above (default: error)
  --all             text output: list passing and informational checks too
  --hide-hosts      replace host names by stable pseudonyms in Markdown and links
  --text            the files are pasted text (forum post, server log, error JSON), not HAR
  --base URL        where the app is served, for share links (default ${DEFAULT_BASE})

Exit codes: 0 nothing fails at the --fail-on level, 1 something does, 2 bad input or usage.`

const err = (message: string): Parsed => ({ command: 'error', message })

function analyze(rest: string[]): Parsed {
  const out: AnalyzeCommand = { command: 'analyze', files: [], format: 'text', failOn: 'error', all: false, hideHosts: false, text: false }
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!
    if (a === '--json') out.format = 'json'
    else if (a === '--markdown') out.format = 'markdown'
    else if (a === '--all') out.all = true
    else if (a === '--hide-hosts') out.hideHosts = true
    else if (a === '--text') out.text = true
    else if (a === '-') out.files.push(a)
    else if (a === '--fail-on' || a.startsWith('--fail-on=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i]
      if (v !== 'error' && v !== 'warning' && v !== 'never') return err(`--fail-on takes error, warning or never (got ${v === undefined ? 'nothing' : `"${v}"`}).`)
      out.failOn = v
    } else if (a.startsWith('-')) return err(`Unknown option "${a}".`)
    else out.files.push(a)
  }
  if (rest.includes('--json') && rest.includes('--markdown')) return err('Choose one of --json and --markdown.')
  if (!out.files.length) return err('Name at least one capture file: mcp-oauth-har analyze capture.har')
  return out
}

function share(rest: string[]): Parsed {
  const out: ShareCommand = { command: 'share', file: '', base: DEFAULT_BASE, hideHosts: false }
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!
    if (a === '--hide-hosts') out.hideHosts = true
    else if (a === '--base') {
      const v = rest[++i]
      if (!v || !/^https?:\/\//i.test(v)) return err('--base takes an http(s) URL.')
      out.base = v
    } else if (a.startsWith('-')) return err(`Unknown option "${a}".`)
    else if (out.file) return err('share takes one capture file.')
    else out.file = a
  }
  return out.file ? out : err('Name the capture to share: mcp-oauth-har share capture.har')
}

function openLink(rest: string[]): Parsed {
  const json = rest.includes('--json')
  const other = rest.filter((a) => a !== '--json')
  if (other.length !== 1 || other[0]!.startsWith('-')) return err('Give one link: mcp-oauth-har open-link "https://…#r=1.…"')
  return { command: 'open-link', link: other[0]!, json }
}

function redact(rest: string[]): Parsed {
  let file = ''
  let output = ''
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!
    if (a === '-o' || a === '--output') output = rest[++i] ?? ''
    else if (a.startsWith('-')) return err(`Unknown option "${a}".`)
    else file = a
  }
  if (!file || !output) return err('Usage: mcp-oauth-har redact capture.har -o redacted.har')
  return { command: 'redact', file, output }
}

function diff(rest: string[]): Parsed {
  const format = rest.includes('--json') ? 'json' : rest.includes('--markdown') ? 'markdown' : 'text'
  const files = rest.filter((a) => !a.startsWith('--'))
  const unknown = rest.find((a) => a.startsWith('--') && a !== '--json' && a !== '--markdown')
  if (unknown) return err(`Unknown option "${unknown}".`)
  if (files.length !== 2) return err('diff takes two captures (or pasted-text files): mcp-oauth-har diff works.har fails.har')
  return { command: 'diff', a: files[0]!, b: files[1]!, format }
}

export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') return { command: 'help' }
  if (command === '--version' || command === '-v') return { command: 'version' }
  if (command === 'analyze') return analyze(rest)
  if (command === 'share') return share(rest)
  if (command === 'open-link') return openLink(rest)
  if (command === 'redact') return redact(rest)
  if (command === 'diff') return diff(rest)
  return err(`Unknown command "${command}". Try: mcp-oauth-har analyze capture.har`)
}
