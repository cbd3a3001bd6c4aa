// Runs the core's probe plan stage by stage against a live server, within a request budget,
// printing one line per request. The only place (with http.ts) where the CLI touches the network.
import {
  DEFAULT_PROBE_ORIGIN,
  MAX_PROBE_REQUESTS,
  asRequests,
  endpointRequests,
  mcpRequests,
  prmRequests,
} from '../../core/probe/plan.ts'
import type { ProbeRecord, ProbeRequest, ProbeStepRecord } from '../../core/probe/types.ts'
import { perform, type HttpOptions } from './http.ts'
import { refusePrivate } from '../../core/probe/private-hosts.ts'

export interface ProbeOptions extends Partial<HttpOptions> {
  origin?: string
  register?: boolean
  maxRequests?: number
  /** One line per request, as it completes. */
  onLine?: (line: string) => void
}

/** `entry` is the final exchange's number, the one the report's findings cite. */
export function describeStep(entry: number, s: ProbeStepRecord): string {
  const r = s.response
  const plural = r.hops.length > 1 ? 's' : ''
  const hops = r.hops.length ? ` (via ${r.hops.map((h) => h.status).join(' → ')} redirect${plural})` : ''
  const type = r.headers.find((h) => h.name === 'content-type')?.value.split(';')[0]
  const answer = `${r.status}${type ? ' ' + type : ''}${hops}, ${r.bytes} B, ${r.durationMs} ms`
  const what = r.failure ? `✗ ${r.failure.message}` : answer
  return `probe #${String(entry).padEnd(2)} ${s.request.method.padEnd(7)} ${s.request.url}  — ${s.request.why}: ${what}`
}

export async function runProbe(target: string, opts: ProbeOptions = {}): Promise<ProbeRecord> {
  const http: HttpOptions = {
    timeoutMs: opts.timeoutMs ?? 5000,
    maxBodyBytes: opts.maxBodyBytes ?? 1024 * 1024,
    allowPrivate: opts.allowPrivate,
  }
  const budget = opts.maxRequests ?? MAX_PROBE_REQUESTS
  const origin = opts.origin ?? DEFAULT_PROBE_ORIGIN
  const record: ProbeRecord = { schema: 'mcp-oauth-har/probe@1', target, origin, steps: [], skipped: [] }
  const t0 = Date.now()
  let entries = 0
  const run = async (reqs: ProbeRequest[]) => {
    for (const req of reqs) {
      if (record.steps.length >= budget) {
        record.skipped.push(`${req.method} ${req.url}`)
        continue
      }
      const refused = opts.allowPrivate ? null : refusePrivate(target, req.url)
      const failure = refused ? { kind: 'private-address' as const, message: refused } : null
      const notAsked = { hops: [], url: req.url, status: 0, headers: [], body: null, bytes: 0, durationMs: 0, failure }
      const clock = () => Date.now() - t0
      const response = refused ? { ...notAsked, startedMs: clock() } : await perform(req, http, clock)
      const step = { request: req, response }
      record.steps.push(step)
      entries += response.hops.length + 1
      opts.onLine?.(describeStep(entries - 1, step))
    }
  }
  const [first, ...rest] = mcpRequests(target, origin)
  await run([first!])
  // The MCP URL itself gave no usable answer (down, loop, huge): the rest would only add noise.
  if (record.steps[0]?.response.failure) return record
  await run(rest)
  await run(prmRequests(target, origin, record.steps))
  await run(asRequests(target, origin, record.steps))
  await run(endpointRequests(origin, record.steps, opts.register ?? false))
  return record
}
