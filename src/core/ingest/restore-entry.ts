// One raw HAR entry → one Exchange, leniently: every exporter quirk of har-format.md §1.3–1.4
// (missing or null fields, header values as arrays or tuples, odd dates, base64 bodies,
// HTTP/2 pseudo-headers, Playwright `_file` attachments). Never throws.
import type { Exchange, Header, TimingPhase } from '../types.ts'
import { parseHarDate } from './har-date.ts'

type Obj = Record<string, unknown>

function obj(v: unknown): Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {}
}
function str(v: unknown): string | null {
  if (typeof v === 'string') return v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return null
}

function headerValue(v: unknown): string {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return v.map((x) => str(x) ?? '').join(', ')
  return str(v) ?? ''
}

/**
 * Consecutive entries mostly repeat their headers in the same order (one client, one server).
 * An equal header at the same position reuses the previous entry's object (headers are
 * read-only), so a long capture keeps one copy of each instead of one per entry, and a name
 * already seen is not lower-cased again. Equal names and values: nothing observable changes.
 */
interface HeaderMemo {
  raw: unknown[]
  headers: Header[]
}
const requestMemo: HeaderMemo = { raw: [], headers: [] }
const responseMemo: HeaderMemo = { raw: [], headers: [] }

export function restoreHeaders(v: unknown, memo: HeaderMemo = { raw: [], headers: [] }): Header[] {
  if (!Array.isArray(v)) return []
  // Sized once: a list grown by `push` keeps spare slots for as long as the exchange lives.
  const out: Header[] = new Array<Header>(v.length)
  let n = 0
  for (let i = 0; i < v.length; i++) {
    const h: unknown = v[i]
    const tuple = Array.isArray(h)
    const rawName = tuple ? h[0] : obj(h).name
    const prev = memo.headers[i]
    let name: string
    if (prev !== undefined && rawName === memo.raw[i] && typeof rawName === 'string') name = prev.name
    else {
      const s = str(rawName)
      if (!s) continue
      name = s.toLowerCase()
    }
    const value = headerValue(tuple ? h[1] : (h as Obj).value)
    if (prev !== undefined && prev.name === name && prev.value === value) out[n++] = prev
    else {
      const header = { name, value }
      out[n++] = header
      memo.raw[i] = rawName
      memo.headers[i] = header
    }
  }
  if (n < out.length) out.length = n
  return out
}

let lastMimeType = ''
/** The previous entry's equal MIME type string, kept once like the headers above. */
function sameMimeType(mimeType: string): string {
  if (mimeType !== lastMimeType) lastMimeType = mimeType
  return lastMimeType
}

/** A capture starts at entry 0: nothing of an earlier capture stays in memory past it. */
function forgetEarlierCapture(): void {
  for (const memo of [requestMemo, responseMemo]) {
    memo.raw.length = 0
    memo.headers.length = 0
  }
  lastMimeType = ''
}

export type AttachmentLookup = (name: string) => string | undefined

function bodyFrom(postData: Obj, attachments: AttachmentLookup): string | null {
  const text = str(postData.text)
  if (text !== null) return text
  const file = str(postData._file)
  if (file) return attachments(file) ?? null
  // Some exporters (Polly.JS) write only `params`: rebuild the form text from them.
  if (Array.isArray(postData.params) && postData.params.length > 0) {
    return postData.params
      .map((p) => {
        const o = obj(p)
        return `${encodeURIComponent(str(o.name) ?? '')}=${encodeURIComponent(str(o.value) ?? '')}`
      })
      .join('&')
  }
  return null
}

function urlFrom(request: Obj, headers: Header[]): string {
  const url = str(request.url) ?? ''
  if (url.startsWith('https://') || url.startsWith('http://')) return url
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url
  // HTTP/2 exports sometimes carry only a path; rebuild from the pseudo-headers.
  const authority = headers.find((h) => h.name === ':authority' || h.name === 'host')?.value
  const scheme = headers.find((h) => h.name === ':scheme')?.value ?? 'https'
  return authority ? `${scheme}://${authority}${url.startsWith('/') ? url : '/' + url}` : url
}

/** HAR `timings`: the phases the exporter measured (-1 means "does not apply"). */
function timingsFrom(v: unknown): Partial<Record<TimingPhase, number>> | null {
  const o = obj(v)
  const out: Partial<Record<TimingPhase, number>> = {}
  // Phase by phase with named reads (this runs once per entry), in HAR 1.2 order.
  const kept =
    phase(out, 'blocked', o.blocked) +
    phase(out, 'dns', o.dns) +
    phase(out, 'connect', o.connect) +
    phase(out, 'ssl', o.ssl) +
    phase(out, 'send', o.send) +
    phase(out, 'wait', o.wait) +
    phase(out, 'receive', o.receive)
  return kept ? out : null
}

/** Keeps a measured phase (-1 means "does not apply"); 1 when kept. */
function phase(out: Partial<Record<TimingPhase, number>>, name: TimingPhase, ms: unknown): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return 0
  out[name] = ms
  return 1
}

export function restoreEntry(raw: unknown, index: number, attachments: AttachmentLookup): Exchange {
  const e = obj(raw)
  const request = obj(e.request)
  const response = obj(e.response)
  const content = obj(response.content)
  if (index === 0) forgetEarlierCapture()
  const requestHeaders = restoreHeaders(request.headers, requestMemo)
  const responseHeaders = restoreHeaders(response.headers, responseMemo)
  const status = typeof response.status === 'number' ? response.status : Number(str(response.status) ?? 0) || 0
  let responseContent = str(content.text)
  let responseEncoding = str(content.encoding)
  const file = str(content._file)
  if (responseContent === null && file) {
    responseContent = attachments(file) ?? null
    responseEncoding = null
  }
  // Logger++ writes a missing body as the string "null" (har-format.md §1.4).
  if (responseContent === 'null' && str(obj(e).comment) === null && status === 0) responseContent = null
  const redirect = str(response.redirectURL)
  const timings = timingsFrom(e.timings)
  const ex: Exchange = {
    entry: index,
    carrier: null,
    startedMs: parseHarDate(e.startedDateTime),
    method: (str(request.method) ?? 'GET').toUpperCase(),
    url: urlFrom(request, requestHeaders),
    status,
    requestHeaders,
    responseHeaders,
    requestBody: bodyFrom(obj(request.postData), attachments),
    responseMimeType: sameMimeType(
      str(content.mimeType) ?? responseHeaders.find((h) => h.name === 'content-type')?.value ?? '',
    ),
    responseContent,
    responseEncoding,
    redirectURL: redirect && redirect !== 'null' ? redirect : null,
    resourceType: str(e._resourceType),
    error: str(response._error) ?? str(e._failureText) ?? str(response._failureText),
  }
  // HAR 1.2 `time`: the whole exchange in ms; exporters write -1 or nothing when unknown.
  if (typeof e.time === 'number' && Number.isFinite(e.time) && e.time >= 0) ex.durationMs = e.time
  if (timings) ex.timings = timings
  return ex
}
