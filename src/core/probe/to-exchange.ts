// The probe's answers → the core's Exchange model, one exchange per HTTP response (a redirect hop
// is its own entry, as in a HAR), so the same classifier, rules and verdict read them.
import type { Exchange, Header } from '../types.ts'
import type { ProbeHop, ProbeRecord, ProbeStepRecord } from './types.ts'

const mimeOf = (headers: Header[]) =>
  (headers.find((x) => x.name.toLowerCase() === 'content-type')?.value ?? '').split(';')[0]!.trim()

function exchange(entry: number, s: ProbeStepRecord, hop: ProbeHop | null, redirectTo: string | null): Exchange {
  const r = s.response
  const final = hop === null
  return {
    entry,
    carrier: null,
    startedMs: r.startedMs,
    method: hop?.method ?? s.request.method,
    url: hop?.url ?? r.url,
    status: final ? (r.failure && r.status === 0 ? 0 : r.status) : hop.status,
    requestHeaders: s.request.headers.map((x) => ({ name: x.name.toLowerCase(), value: x.value })),
    responseHeaders: (hop?.headers ?? r.headers).map((x) => ({ name: x.name.toLowerCase(), value: x.value })),
    requestBody: s.request.body,
    responseMimeType: mimeOf(hop?.headers ?? r.headers),
    responseContent: final ? r.body : null,
    responseEncoding: null,
    ...(final && r.failure?.kind === 'too-large' ? { responseSize: r.bytes } : {}),
    redirectURL: redirectTo,
    resourceType: 'fetch',
    error: final ? (r.failure?.message ?? null) : null,
  }
}

/** Entry numbers follow request order; a step's redirect hops come before its final answer. */
export function probeExchanges(record: ProbeRecord): { exchanges: Exchange[]; entryOfStep: number[] } {
  const exchanges: Exchange[] = []
  const entryOfStep: number[] = []
  for (const s of record.steps) {
    s.response.hops.forEach((hop, i) => {
      exchanges.push(exchange(exchanges.length, s, hop, s.response.hops[i + 1]?.url ?? s.response.url))
    })
    entryOfStep.push(exchanges.length)
    exchanges.push(exchange(exchanges.length, s, null, null))
  }
  return { exchanges, entryOfStep }
}
