// What each command accepts and says about itself: the single source for parsing and `--help`.
import type { ParseArgsConfig } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

export interface CommandSpec {
  usage: string[]
  summary: string
  options: Options
  /** One line per option for --help, in the order shown. */
  help: [flag: string, text: string][]
}

const FORMAT: Options = { json: { type: 'boolean' }, markdown: { type: 'boolean' } }
const FORMAT_HELP: [string, string][] = [['--json', 'print the report as JSON (schema mcp-oauth-har/report@1)'], ['--markdown', 'print forum-ready Markdown (redacted)']]
const FAIL_ON: [string, string] = ['--fail-on LEVEL', 'exit 1 when a finding fails at LEVEL: error (default), warning or never']
const BASE: [string, string] = ['--base URL', 'where your copy of the app is served, for share links (or set MCP_OAUTH_HAR_BASE)']
const PROBE_HELP: [string, string][] = [
  ['--origin URL', 'the Origin a browser-based client sends (default http://localhost:6274, MCP Inspector)'],
  ['--timeout SECONDS', 'per request (default 5)'],
  ['--register', 'also try dynamic client registration (creates a client on the AS)'],
]

export const COMMANDS: Record<string, CommandSpec> = {
  analyze: {
    usage: ['analyze <file…> [--json | --markdown] [--fail-on LEVEL] [--all] [--hide-hosts] [--probe [URL]]', 'analyze --text <file|-> [--json | --markdown] [--probe [URL]]'],
    summary: 'Explain why an MCP client\'s OAuth connection failed, from HAR captures (.har, .json, .har.gz, .zhar, Playwright .zip) or pasted text. Nothing is uploaded.',
    options: { ...FORMAT, 'fail-on': { type: 'string' }, all: { type: 'boolean' }, 'hide-hosts': { type: 'boolean' }, text: { type: 'boolean' }, probe: { type: 'string' }, origin: { type: 'string' }, timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    help: [...FORMAT_HELP, FAIL_ON, ['--all', 'text output: list passing and informational checks too'], ['--hide-hosts', 'replace host names by stable pseudonyms in Markdown'], ['--text', 'the files are pasted text (forum post, server log, error JSON); - reads standard input'], ['--probe [URL]', 'also probe the MCP server (the URL the input names, or URL) and join both; the only network use'], ['--origin, --timeout', 'as for probe']],
  },
  probe: {
    usage: ['probe <mcp-server-url> [--json | --markdown | --share] [--origin URL] [--timeout S] [--register] [--fail-on LEVEL]'],
    summary: 'Check a server\'s public discovery the way a client would: the 401 challenge, protected resource metadata, authorization server metadata, registration and CORS. Read-only, at most 20 requests, one line per request on standard error.',
    options: { ...FORMAT, share: { type: 'boolean' }, base: { type: 'string' }, 'hide-hosts': { type: 'boolean' }, origin: { type: 'string' }, timeout: { type: 'string' }, register: { type: 'boolean' }, 'fail-on': { type: 'string' }, all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    help: [...FORMAT_HELP, ['--share', 'print a share link of the probe report'], BASE, ...PROBE_HELP, FAIL_ON, ['--all', 'list passing checks too']],
  },
  diff: {
    usage: ['diff <a> <b> [--json | --markdown]'],
    summary: 'Compare two captures (or pasted-text files), the differences that explain a failure first.',
    options: { ...FORMAT, help: { type: 'boolean', short: 'h' } },
    help: FORMAT_HELP,
  },
  share: {
    usage: ['share <file> [--base URL] [--hide-hosts]'],
    summary: 'Print a share link (#r=1.…) of a capture\'s redacted report; the fragment never reaches a server.',
    options: { base: { type: 'string' }, 'hide-hosts': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    help: [BASE, ['--hide-hosts', 'replace host names by stable pseudonyms']],
  },
  'open-link': {
    usage: ['open-link <url> [--json]'],
    summary: 'Decode a share link and print its report as Markdown or JSON.',
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    help: [['--json', 'print the shared report as JSON']],
  },
  redact: {
    usage: ['redact <file> -o <out.har>'],
    summary: 'Write a redacted HAR that analyses to the same verdict.',
    options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    help: [['-o, --output FILE', 'where to write the redacted HAR']],
  },
}

export const EXIT_CODES = 'Exit codes: 0 nothing fails at the --fail-on level, 1 something does, 2 bad input or usage.'

export function commandHelp(name: string): string {
  const c = COMMANDS[name]!
  const width = Math.max(...c.help.map(([f]) => f.length)) + 2
  return [
    `Usage:\n${c.usage.map((u) => `  mcp-oauth-har ${u}`).join('\n')}`, '', c.summary, '',
    ...c.help.map(([f, t]) => `  ${f.padEnd(width)}${t}`), '  --help, -h'.padEnd(width + 2) + 'this help', '', EXIT_CODES,
  ].join('\n')
}

export const USAGE = `Usage:
${Object.values(COMMANDS).flatMap((c) => c.usage).map((u) => `  mcp-oauth-har ${u}`).join('\n')}

Explains why an MCP client's OAuth connection failed, from HAR captures or pasted text, and
checks a server's public discovery (probe). Only probe and --probe use the network.
Run mcp-oauth-har <command> --help for a command's options.

${EXIT_CODES}`
