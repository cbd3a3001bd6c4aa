// `probe <url>` and `analyze … --probe [URL]`: the only CLI paths that use the network.
import { analyzeProbe } from '../core/probe/analyze-probe.ts'
import { joinProbe } from '../core/probe/join.ts'
import { probeTargetOf } from '../core/probe/read-report.ts'
import {
  encodeShareFragment,
  renderMarkdown,
  renderText,
  shareLink,
  toShareableReport,
  type Report,
} from '../core/index.ts'
import { runProbe } from './probe/run-probe.ts'
import type { ProbeCommand, ProbeSettings } from './args.ts'

export interface LineIo {
  out(text: string): void
  err(text: string): void
}

export async function probeReport(url: string, settings: ProbeSettings, io: LineIo, register = false): Promise<Report> {
  const onLine = (l: string) => io.err(l + '\n')
  const { origin, timeoutMs, allowPrivate } = settings
  const record = await runProbe(url, { origin: origin ?? undefined, timeoutMs, allowPrivate, register, onLine })
  return analyzeProbe(record).report
}

export async function joinWithProbe(
  r: Report,
  explicit: string,
  settings: ProbeSettings,
  io: LineIo,
): Promise<Report | string> {
  const url = explicit || probeTargetOf(r)
  if (!url) return `${r.input.name} names no MCP server URL to probe; give one: --probe https://…/mcp`
  if (!/^https?:\/\//i.test(url)) {
    return `${r.input.name} names "${url}", which is not an http(s) URL; give one: --probe https://…/mcp`
  }
  return joinProbe(r, await probeReport(url, settings, io))
}

/** Without --base or MCP_OAUTH_HAR_BASE the fragment alone, and how to open it (issue 13 item 8). */
export async function printShare(r: Report, base: string | null, hideHosts: boolean, io: LineIo): Promise<void> {
  const fragment = await encodeShareFragment(toShareableReport(r, { hideHosts }))
  if (base) return void io.out(shareLink(base, fragment) + '\n')
  io.out(fragment + '\n')
  io.err(
    'mcp-oauth-har: no --base given (nor MCP_OAUTH_HAR_BASE): open your copy of the app (npm start, or where ' +
      'you deployed it) and append this fragment to its address.\n',
  )
}

export async function probeCommand(args: ProbeCommand, io: LineIo, failsAt: (r: Report) => boolean): Promise<number> {
  const r = await probeReport(args.url, args.probeSettings, io, args.register)
  if (args.format === 'share') await printShare(r, args.base, args.hideHosts, io)
  else if (args.format === 'json') io.out(JSON.stringify(r, null, 2) + '\n')
  else if (args.format === 'markdown') {
    io.out(renderMarkdown(toShareableReport(r, { hideHosts: args.hideHosts })) + '\n')
  } else io.out(renderText(r, { all: args.all }) + '\n')
  if (r.verdict.rootCause === 'probe.request.failed') return 2
  return failsAt(r) ? 1 : 0
}
