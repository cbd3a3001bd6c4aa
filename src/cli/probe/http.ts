// One probe request over the network (Node's fetch): a timeout, redirects followed one hop at a
// time by the core's rules, and a body cap so a 50 MB answer costs at most the cap.
import type { Header } from '../../core/types.ts'
import { decideRedirect } from '../../core/probe/redirects.ts'
import type { ProbeFailure, ProbeHop, ProbeRequest, ProbeResponse } from '../../core/probe/types.ts'

export interface HttpOptions {
  timeoutMs: number
  maxBodyBytes: number
  /** Follow redirects from a public host into loopback or private addresses (off: SSRF guard). */
  allowPrivate?: boolean
}

const headersOf = (h: Headers): Header[] => [...h.entries()].map(([name, value]) => ({ name, value }))

async function readCapped(res: Response, cap: number): Promise<{ text: string; bytes: number; over: boolean }> {
  if (!res.body) return { text: '', bytes: 0, over: false }
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.length
    if (bytes > cap) {
      await reader.cancel().catch(() => {})
      return { text: '', bytes, over: true }
    }
    chunks.push(value)
  }
  return { text: Buffer.concat(chunks).toString('utf8'), bytes, over: false }
}

function networkFailure(e: unknown, url: string, timeoutMs: number): ProbeFailure {
  const err = e as Error & { cause?: { code?: string; message?: string } }
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return { kind: 'timeout', message: `${url} did not answer within ${timeoutMs / 1000} s.` }
  }
  const code = err.cause?.code
  const why =
    code === 'ECONNREFUSED'
      ? 'the connection was refused (nothing listens there)'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'the host name does not resolve'
        : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
          ? 'the connection was closed without an answer'
          : code?.startsWith('ERR_TLS') || code?.includes('CERT')
            ? `TLS failed (${code})`
            : (err.cause?.message ?? err.message) === 'bad port'
              ? "the port is on the Fetch standard's blocked list (browsers and fetch never connect to it)"
              : (err.cause?.message ?? err.message)
  return { kind: 'unreachable', message: `${url} could not be reached: ${why}.` }
}

export async function perform(req: ProbeRequest, opts: HttpOptions, now: () => number): Promise<ProbeResponse> {
  const startedMs = now()
  const hops: ProbeHop[] = []
  const seen = [req.url]
  let url = req.url
  let method: string = req.method
  let body = req.body
  const done = (r: Omit<ProbeResponse, 'hops' | 'startedMs' | 'durationMs'>): ProbeResponse => ({
    ...r,
    hops,
    startedMs,
    durationMs: now() - startedMs,
  })
  const unreachable = (status: number, headers: Header[], e: unknown) =>
    done({ url, status, headers, body: null, bytes: 0, failure: networkFailure(e, url, opts.timeoutMs) })
  for (;;) {
    let res: Response
    try {
      res = await fetch(url, {
        method,
        headers: req.headers.map((h) => [h.name, h.value]),
        body: method === 'GET' ? undefined : (body ?? undefined),
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
      })
    } catch (e) {
      return unreachable(0, [], e)
    }
    const headers = headersOf(res.headers)
    const location = res.headers.get('location') ?? undefined
    const next = decideRedirect(res.status, location, url, method, seen, opts.allowPrivate)
    if (next.follow) {
      await res.body?.cancel().catch(() => {})
      hops.push({ url, method, status: res.status, headers })
      seen.push(next.url)
      url = next.url
      method = next.method
      if (!next.keepBody) body = null
      continue
    }
    if (next.failure) {
      await res.body?.cancel().catch(() => {})
      return done({ url, status: res.status, headers, body: null, bytes: 0, failure: next.failure })
    }
    try {
      const read = await readCapped(res, opts.maxBodyBytes)
      if (read.over) {
        const message =
          `${url} sent more than ${Math.round(opts.maxBodyBytes / 1024)} KB; the probe stopped reading ` +
          '(metadata is a few KB).'
        const failure = { kind: 'too-large' as const, message }
        return done({ url, status: res.status, headers, body: null, bytes: read.bytes, failure })
      }
      return done({ url, status: res.status, headers, body: read.text, bytes: read.bytes, failure: null })
    } catch (e) {
      return unreachable(res.status, headers, e)
    }
  }
}
