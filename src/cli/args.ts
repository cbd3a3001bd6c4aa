// Command-line parsing for `mcp-oauth-har` (node:util parseArgs), kept apart from I/O so it can
// be unit-tested. Every command answers --help; mistakes get one sentence and a "did you mean".
import { parseArgs as nodeParseArgs } from 'node:util'
import { COMMANDS, USAGE, commandHelp } from './commands.ts'
import { closest } from './did-you-mean.ts'

export { USAGE }
export type FailOn = 'error' | 'warning' | 'never'
type Format = 'text' | 'json' | 'markdown'

export interface ProbeSettings {
  origin: string | null
  timeoutMs: number
  allowPrivate: boolean
}
export interface AnalyzeCommand {
  command: 'analyze'
  files: string[]
  format: Format
  failOn: FailOn
  all: boolean
  hideHosts: boolean
  /** Files of pasted text (forum posts, logs) instead of HAR captures; '-' is standard input. */
  text: boolean
  /** Join a probe: '' probes the MCP URL the input names, a URL probes that server; null: no probe. */
  probe: string | null
  probeSettings: ProbeSettings
}
export interface ProbeCommand {
  command: 'probe'
  url: string
  format: Format | 'share'
  base: string | null
  hideHosts: boolean
  failOn: FailOn
  all: boolean
  register: boolean
  probeSettings: ProbeSettings
}
export interface ShareCommand {
  command: 'share'
  file: string
  base: string | null
  hideHosts: boolean
}
export interface OpenLinkCommand {
  command: 'open-link'
  link: string
  json: boolean
}
export interface RedactCommand {
  command: 'redact'
  file: string
  output: string
}
export interface DiffCommand {
  command: 'diff'
  a: string
  b: string
  format: Format
}

export type Parsed =
  | AnalyzeCommand
  | ProbeCommand
  | ShareCommand
  | OpenLinkCommand
  | RedactCommand
  | DiffCommand
  | { command: 'help'; text: string }
  | { command: 'version' }
  | { command: 'error'; message: string }

class UsageError extends Error {}
const fail = (message: string): never => {
  throw new UsageError(message)
}

type Values = Record<string, string | boolean | undefined>

function format(v: Values): Format {
  if (v.json && v.markdown) fail('Choose one of --json and --markdown.')
  return v.json ? 'json' : v.markdown ? 'markdown' : 'text'
}

function failOn(v: Values): FailOn {
  const x = v['fail-on']
  if (x === undefined) return 'error'
  if (x === 'error' || x === 'warning' || x === 'never') return x
  return fail(`--fail-on takes error, warning or never (got "${x}").`)
}

function httpUrl(v: string, what: string): string {
  if (!/^https?:\/\/[^/\s]/i.test(v)) fail(`${what} takes an http(s) URL (got "${v}").`)
  return v
}

function probeSettings(v: Values): ProbeSettings {
  const t = v.timeout === undefined ? 5 : Number(v.timeout)
  if (!Number.isFinite(t) || t <= 0 || t > 120) fail(`--timeout takes seconds between 0 and 120 (got "${v.timeout}").`)
  const origin = typeof v.origin === 'string' ? httpUrl(v.origin, '--origin').replace(/\/$/, '') : null
  return { origin, timeoutMs: Math.round(t * 1000), allowPrivate: !!v['allow-private'] }
}

/** `--base`, else MCP_OAUTH_HAR_BASE, else null: the CLI never invents a host (issue 13 item 8). */
function base(v: Values, env: Record<string, string | undefined>): string | null {
  const b = typeof v.base === 'string' ? v.base : env.MCP_OAUTH_HAR_BASE || undefined
  return b === undefined ? null : httpUrl(b, typeof v.base === 'string' ? '--base' : 'MCP_OAUTH_HAR_BASE')
}

/** `--probe` takes an optional URL: a bare `--probe` becomes `--probe=` (probe the URL the input names). */
function optionalProbeValue(args: readonly string[]): string[] {
  return args.map((a, i) => (a === '--probe' && !/^https?:\/\//i.test(args[i + 1] ?? '') ? '--probe=' : a))
}

function build(command: string, v: Values, pos: string[], env: Record<string, string | undefined>): Parsed {
  const one = (what: string) => {
    if (pos.length === 1) return pos[0]!
    return fail(
      pos.length
        ? `${command} takes one ${what}, got ${pos.length}.`
        : `Name the ${what}: mcp-oauth-har ${COMMANDS[command]!.usage[0]}`,
    )
  }
  switch (command) {
    case 'analyze': {
      if (!pos.length) fail('Name at least one capture file: mcp-oauth-har analyze capture.har')
      const probe = typeof v.probe === 'string' ? (v.probe ? httpUrl(v.probe, '--probe') : '') : null
      return {
        command,
        files: pos,
        format: format(v),
        failOn: failOn(v),
        all: !!v.all,
        hideHosts: !!v['hide-hosts'],
        text: !!v.text,
        probe,
        probeSettings: probeSettings(v),
      }
    }
    case 'probe': {
      const url = httpUrl(one('MCP server URL'), 'probe')
      if (v.share && (v.json || v.markdown)) fail('--share prints a link; leave out --json and --markdown.')
      return {
        command,
        url,
        format: v.share ? 'share' : format(v),
        base: base(v, env),
        hideHosts: !!v['hide-hosts'],
        failOn: failOn(v),
        all: !!v.all,
        register: !!v.register,
        probeSettings: probeSettings(v),
      }
    }
    case 'diff':
      if (pos.length !== 2) {
        fail('diff takes two captures (or pasted-text files): mcp-oauth-har diff works.har fails.har')
      }
      return { command, a: pos[0]!, b: pos[1]!, format: format(v) }
    case 'share':
      return { command, file: one('capture file'), base: base(v, env), hideHosts: !!v['hide-hosts'] }
    case 'open-link':
      return { command, link: one('link'), json: !!v.json }
    default: {
      const output = typeof v.output === 'string' && v.output ? v.output : ''
      if (!output) fail('Say where to write: mcp-oauth-har redact capture.har -o redacted.har')
      return { command: 'redact', file: one('capture file'), output }
    }
  }
}

function unknownOption(command: string, message: string): string {
  const opt = /'(-[^' ]+)'/.exec(message)?.[1] ?? /option "?(-[^"\s]+)/.exec(message)?.[1]
  if (!opt) return message.replace(/\. To specify.*$/s, '.')
  const names = Object.keys(COMMANDS[command]!.options).map((o) => `--${o}`)
  const guess = closest(opt.replace(/=.*$/, ''), names)
  return `${command} has no option ${opt}.${guess ? ` Did you mean ${guess}?` : ''}`
}

/** node:util's own messages, said as one sentence a user can act on. */
function parseError(command: string, e: unknown): string {
  const err = e as Error & { code?: string }
  const message =
    e instanceof UsageError
      ? e.message
      : err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? unknownOption(command, err.message)
        : err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? err.message.replace(/^Option '([^']+)'.*argument missing$/s, '$1 needs a value.').split('\n')[0]!
          : err.message.split('\n')[0]!
  return `${message} (see mcp-oauth-har ${command} --help)`
}

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): Parsed {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h') return { command: 'help', text: USAGE }
  if (command === 'help') return { command: 'help', text: rest[0] && COMMANDS[rest[0]] ? commandHelp(rest[0]) : USAGE }
  if (command === '--version' || command === '-v') return { command: 'version' }
  const spec = COMMANDS[command]
  if (!spec) {
    const guess = closest(command, Object.keys(COMMANDS))
    const hint = guess ? ` Did you mean ${guess}?` : ''
    const all = Object.keys(COMMANDS).join(', ')
    return { command: 'error', message: `Unknown command "${command}".${hint} Commands: ${all}.` }
  }
  try {
    const args = command === 'analyze' ? optionalProbeValue(rest) : [...rest]
    const { values, positionals } = nodeParseArgs({ args, options: spec.options, allowPositionals: true, strict: true })
    if (values.help) return { command: 'help', text: commandHelp(command) }
    return build(command, values as Values, positionals, env)
  } catch (e) {
    return { command: 'error', message: parseError(command, e) }
  }
}
