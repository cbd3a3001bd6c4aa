// MCP Inspector 2.x's web UI proxies its traffic through its own Node server: discovery,
// registration and token calls go as `POST /api/fetch` with a JSON envelope
// `{url, method, headers, body}` answered by `{ok, status, statusText, headers, body}`.
// Unwrapping yields the exchange the client really made; the wrapper's entry number is kept.
import type { Exchange, Header } from '../types.ts'
import { parseJsonObject, responseText } from '../ingest/index.ts'
import { endpointOf } from '../oauth/params.ts'

function headerList(v: unknown): Header[] {
  if (Array.isArray(v)) {
    return v.flatMap((h) =>
      Array.isArray(h) && typeof h[0] === 'string' ? [{ name: h[0].toLowerCase(), value: String(h[1] ?? '') }] : [],
    )
  }
  if (typeof v === 'object' && v !== null) {
    return Object.entries(v as Record<string, unknown>).map(([name, value]) => ({
      name: name.toLowerCase(),
      value: Array.isArray(value) ? value.join(', ') : String(value ?? ''),
    }))
  }
  return []
}

function bodyText(v: unknown): string | null {
  if (v === undefined || v === null || v === '[no body]') return null
  return typeof v === 'string' ? v : JSON.stringify(v)
}

/**
 * Inspector 2.x also reports the MCP traffic its Node process makes (the browser never sees it) as
 * `POST /api/log` batches whose "transport" messages carry `fetchRequest` and `fetchResponse`:
 * each becomes an exchange, numbered with the log entry. "auth" messages repeat `/api/fetch`.
 */
function unwrapInspectorLog(ex: Exchange): Exchange[] | null {
  if (ex.method !== 'POST' || !endpointOf(ex.url).endsWith('/api/log')) return null
  const log = parseJsonObject(ex.requestBody)
  const messages = Array.isArray(log?.messages) ? log.messages : []
  const out: Exchange[] = []
  for (const m of messages) {
    if (typeof m !== 'object' || m === null) continue
    const msg = m as Record<string, unknown>
    const req = msg.fetchRequest as Record<string, unknown> | undefined
    const res = msg.fetchResponse as Record<string, unknown> | undefined
    if (msg.category !== 'transport' || !req || typeof req.url !== 'string' || !res) continue
    const responseHeaders = headerList(res.headers)
    out.push({
      ...ex,
      carrier: 'inspector-proxy',
      method: typeof req.method === 'string' ? req.method.toUpperCase() : 'POST',
      url: req.url,
      requestHeaders: headerList(req.headers),
      requestBody: bodyText(req.body),
      status: typeof res.status === 'number' ? res.status : 0,
      responseHeaders,
      responseMimeType: responseHeaders.find((h) => h.name === 'content-type')?.value ?? '',
      responseContent: bodyText(res.body),
      responseEncoding: null,
      redirectURL: null,
    })
  }
  return out
}

/** The exchanges a HAR entry stands for: itself, or what an Inspector envelope or log carries. */
export function unwrapInspector(ex: Exchange): Exchange[] {
  return unwrapInspectorLog(ex) ?? [unwrapInspectorProxy(ex)]
}

/** A JSON-RPC message's identity: method and id (notifications have no id). */
function messageKey(body: unknown): string | null {
  const m = typeof body === 'string' ? parseJsonObject(body) : (body as Record<string, unknown> | null)
  return m && typeof m.method === 'string' ? `${m.method}|${JSON.stringify(m.id ?? null)}` : null
}

/**
 * `unwrapInspector` over a whole capture, in entry order. The browser hands each MCP message to
 * Inspector's server as `POST /api/mcp/send`; the transport record of what that server then sent
 * arrives later in an `/api/log` batch. The request is cited at its `/api/mcp/send` envelope (the
 * user's entry), not at the log entry next to it; records with no envelope keep the log entry.
 */
export function inspectorUnwrapper(): (ex: Exchange) => Exchange[] {
  const sends: { entry: number; key: string }[] = []
  return (ex) => {
    if (ex.method === 'POST' && endpointOf(ex.url).endsWith('/api/mcp/send')) {
      const key = messageKey(parseJsonObject(ex.requestBody)?.message ?? null)
      if (key) sends.push({ entry: ex.entry, key })
    }
    const fromLog = unwrapInspectorLog(ex)
    if (!fromLog) return [unwrapInspectorProxy(ex)]
    return fromLog.map((x) => {
      const key = x.method === 'POST' ? messageKey(x.requestBody) : null
      const at = key ? sends.findLastIndex((s) => s.key === key) : -1
      if (at < 0) return x
      const [send] = sends.splice(at, 1)
      return { ...x, entry: send!.entry }
    })
  }
}

export function unwrapInspectorProxy(ex: Exchange): Exchange {
  if (ex.method !== 'POST' || !endpointOf(ex.url).endsWith('/api/fetch')) return ex
  const req = parseJsonObject(ex.requestBody)
  if (!req || typeof req.url !== 'string') return ex
  const res = parseJsonObject(responseText(ex))
  const responseHeaders = headerList(res?.headers)
  return {
    ...ex,
    carrier: 'inspector-proxy',
    method: typeof req.method === 'string' ? req.method.toUpperCase() : 'GET',
    url: req.url,
    requestHeaders: headerList(req.headers),
    requestBody: bodyText(req.body),
    status: typeof res?.status === 'number' ? res.status : 0,
    responseHeaders,
    responseMimeType: responseHeaders.find((h) => h.name === 'content-type')?.value ?? '',
    responseContent: bodyText(res?.body),
    responseEncoding: null,
    redirectURL: null,
  }
}
