// What each command accepts and says about itself: the single source for parsing and `--help`.
import type { ParseArgsConfig } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>
type Help = [flag: string, text: string]

export interface CommandSpec {
  usage: string[]
  summary: string
  options: Options
  /** One line per option for --help, in the order shown. */
  help: Help[]
}

const flag = { type: 'boolean' } as const
const value = { type: 'string' } as const
const HELP: Options = { help: { type: 'boolean', short: 'h' } }
const FORMAT: Options = { json: flag, markdown: flag }
const FORMAT_HELP: Help[] = [
  ['--json', 'print the report as JSON (schema mcp-oauth-har/report@1)'],
  ['--markdown', 'print forum-ready Markdown (redacted)'],
]
const FAIL_ON: Help = ['--fail-on LEVEL', 'exit 1 when a finding fails at LEVEL: error (default), warning or never']
const BASE: Help = ['--base URL', 'where your copy of the app is served, for share links (or set MCP_OAUTH_HAR_BASE)']
const PROBE_HELP: Help[] = [
  ['--origin URL', 'the Origin a browser-based client sends (default http://localhost:6274, MCP Inspector)'],
  ['--timeout SECONDS', 'per request (default 5)'],
  ['--register', 'also try dynamic client registration (creates a client on the AS)'],
  ['--allow-private', "follow a public server's URLs into loopback and private addresses (refused by default)"],
]

export const COMMANDS: Record<string, CommandSpec> = {
  analyze: {
    usage: [
      'analyze <file…> [--json | --markdown] [--fail-on LEVEL] [--all] [--hide-hosts] [--probe [URL]]',
      'analyze --text <file|-> [--json | --markdown] [--probe [URL]]',
    ],
    summary:
      "Explain why an MCP client's OAuth connection failed, from HAR captures (.har, .json, .har.gz, .zhar, " +
      'Playwright .zip) or pasted text. Nothing is uploaded.',
    options: {
      ...FORMAT,
      ...HELP,
      'fail-on': value,
      all: flag,
      'hide-hosts': flag,
      text: flag,
      probe: value,
      origin: value,
      timeout: value,
      'allow-private': flag,
    },
    help: [
      ...FORMAT_HELP,
      FAIL_ON,
      ['--all', 'text output: list passing and informational checks too'],
      ['--hide-hosts', 'replace host names by stable pseudonyms in Markdown'],
      ['--text', 'the files are pasted text (forum post, server log, error JSON); - reads standard input'],
      ['--probe [URL]', 'also probe the MCP server (the URL the input names, or URL) and join both; network'],
      ['--origin, --timeout, --allow-private', 'as for probe'],
    ],
  },
  probe: {
    usage: ['probe <mcp-server-url> [--json | --markdown | --share] [--origin URL] [--timeout S] [--register]'],
    summary:
      "Check a server's public discovery the way a client would: the 401 challenge, protected resource " +
      'metadata, authorization server metadata, registration and CORS. Read-only, at most 20 requests, one line ' +
      'per request on standard error.',
    options: {
      ...FORMAT,
      ...HELP,
      share: flag,
      base: value,
      'hide-hosts': flag,
      origin: value,
      timeout: value,
      register: flag,
      'fail-on': value,
      all: flag,
      'allow-private': flag,
    },
    help: [
      ...FORMAT_HELP,
      ['--share', 'print a share link of the probe report'],
      BASE,
      ...PROBE_HELP,
      FAIL_ON,
      ['--all', 'list passing checks too'],
    ],
  },
  diff: {
    usage: ['diff <a> <b> [--json | --markdown]'],
    summary: 'Compare two captures (or pasted-text files), the differences that explain a failure first.',
    options: { ...FORMAT, ...HELP },
    help: FORMAT_HELP,
  },
  share: {
    usage: ['share <file> [--base URL] [--hide-hosts]'],
    summary: "Print a share link (#r=1.…) of a capture's redacted report; the fragment never reaches a server.",
    options: { ...HELP, base: value, 'hide-hosts': flag },
    help: [BASE, ['--hide-hosts', 'replace host names by stable pseudonyms']],
  },
  'open-link': {
    usage: ['open-link <url> [--json]'],
    summary: 'Decode a share link and print its report as Markdown or JSON.',
    options: { ...HELP, json: flag },
    help: [['--json', 'print the shared report as JSON']],
  },
  redact: {
    usage: ['redact <file> -o <out.har>'],
    summary: 'Write a redacted HAR that analyses to the same verdict.',
    options: { ...HELP, output: { type: 'string', short: 'o' } },
    help: [['-o, --output FILE', 'where to write the redacted HAR']],
  },
}

export const EXIT_CODES = 'Exit codes: 0 nothing fails at the --fail-on level, 1 something does, 2 bad input or usage.'

/** Terminal-width paragraphs: words moved to the next line past `width` columns. */
function wrap(text: string, width = 96): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) [lines[lines.length], line] = [line, word]
    else line = line ? `${line} ${word}` : word
  }
  return [...lines, line].join('\n')
}

export function commandHelp(name: string): string {
  const c = COMMANDS[name]!
  const width = Math.max(...c.help.map(([f]) => f.length)) + 2
  const lines = [...c.help, ['--help, -h', 'this help']].map(([f, t]) => `  ${f!.padEnd(width)}${t}`)
  const usage = c.usage.map((u) => `  mcp-oauth-har ${u}`).join('\n')
  return [`Usage:\n${usage}`, '', wrap(c.summary), '', ...lines, '', EXIT_CODES].join('\n')
}

export const USAGE = `Usage:
${Object.values(COMMANDS)
  .flatMap((c) => c.usage)
  .map((u) => `  mcp-oauth-har ${u}`)
  .join('\n')}

Explains why an MCP client's OAuth connection failed, from HAR captures or pasted text, and
checks a server's public discovery (probe). Only probe and --probe use the network.
Run mcp-oauth-har <command> --help for a command's options.

${EXIT_CODES}`
