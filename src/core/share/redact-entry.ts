// One HAR entry of the redacted HAR (PRODUCT.md §7): only the HAR 1.2 fields the analysis reads,
// written from scratch (no `comment`, no unknown `_` field survives by being copied), with headers,
// URLs and bodies through their allow-lists.
import { decodeBase64Text, type Capture } from '../ingest/index.ts'
import { parseForm, parseQuery } from '../oauth/params.ts'
import type { Pseudonyms } from './redact-values.ts'
import { redactBodyText } from './redact-body.ts'
import { redactHeaderValue } from './redact-headers.ts'

export type O = Record<string, unknown>
export const obj = (v: unknown): O | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as O) : null
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : -1)
export const DATE = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/
/** RFC 9110 §15 reason phrases are the only status texts kept; servers put anything there. */
const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
}
const TIMINGS = ['blocked', 'dns', 'connect', 'send', 'wait', 'receive', 'ssl']

export function rawText(content: O, capture: Capture): string | null {
  if (typeof content.text === 'string')
    return content.encoding === 'base64' ? decodeBase64Text(content.text) : content.text
  if (typeof content._file === 'string') return capture.attachments(content._file) ?? null
  return null
}

function headers(list: unknown, p: Pseudonyms): O[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((h) => {
    const o = obj(h)
    if (!o || typeof o.name !== 'string') return []
    const name = o.name
    const values = (Array.isArray(o.value) ? o.value : [o.value])
      .filter((x): x is string => typeof x === 'string')
      .map((x) => redactHeaderValue(name, x, p))
    if (!values.length || values.some((v) => v === null)) return []
    return [{ name, value: Array.isArray(o.value) ? values : values[0] }]
  })
}

function body(text: string | null, mime: string, p: Pseudonyms): string | null {
  return text === null ? null : redactBodyText(text, p, mime)
}

/** A media type and its charset only: other parameters (boundaries, vendor extras) are dropped. */
function mimeOf(raw: unknown): string {
  const m =
    typeof raw === 'string' ? /^\s*([\w.+-]{1,40}\/[\w.+-]{1,60})\s*(?:;.*?charset=([\w-]{1,20}))?/i.exec(raw) : null
  return m ? `${m[1]}${m[2] ? `; charset=${m[2]}` : ''}` : 'x-unknown'
}

function request(req: O, capture: Capture, p: Pseudonyms): O {
  const url =
    typeof req.url === 'string'
      ? /^[a-z][a-z0-9+.-]*:/i.test(req.url)
        ? p.url(req.url)
        : p.url(`https://h${req.url}`).slice(9)
      : ''
  const post = obj(req.postData)
  const mime = typeof post?.mimeType === 'string' ? post.mimeType : ''
  const text = post ? (body(rawText(post, capture), mime, p) ?? '') : null
  return {
    method: typeof req.method === 'string' && /^[A-Z]{1,10}$/i.test(req.method) ? req.method : 'GET',
    url,
    httpVersion: typeof req.httpVersion === 'string' && /^[\w/.]{1,12}$/.test(req.httpVersion) ? req.httpVersion : '',
    headers: headers(req.headers, p),
    queryString: parseQuery(url).map(([name, value]) => ({ name, value })),
    cookies: [],
    headersSize: num(req.headersSize),
    bodySize: text === null ? 0 : text.length,
    ...(text !== null
      ? {
          postData: {
            mimeType: mime ? mimeOf(mime) : '',
            text,
            ...(/x-www-form-urlencoded/i.test(mime)
              ? { params: parseForm(text).map(([name, value]) => ({ name, value })) }
              : {}),
          },
        }
      : {}),
  }
}

function response(res: O, capture: Capture, p: Pseudonyms): O {
  const content = obj(res.content) ?? {}
  const mime = typeof content.mimeType === 'string' ? content.mimeType : ''
  const text = body(rawText(content, capture), mime, p)
  const status = typeof res.status === 'number' ? res.status : Number(res.status) || 0
  return {
    status,
    statusText: REASONS[status] ?? '',
    httpVersion: typeof res.httpVersion === 'string' && /^[\w/.]{1,12}$/.test(res.httpVersion) ? res.httpVersion : '',
    headers: headers(res.headers, p),
    cookies: [],
    content: { size: text?.length ?? 0, mimeType: mimeOf(mime), ...(text ? { text } : {}) },
    redirectURL: typeof res.redirectURL === 'string' && res.redirectURL ? p.url(res.redirectURL) : '',
    headersSize: num(res.headersSize),
    bodySize: text?.length ?? 0,
    ...(typeof res._error === 'string' && /^net::ERR_[A-Z_]+$/.test(res._error) ? { _error: res._error } : {}),
  }
}

export function redactEntry(raw: unknown, capture: Capture, p: Pseudonyms): O {
  const e = obj(raw) ?? {}
  const timings = obj(e.timings) ?? {}
  return {
    ...(typeof e.pageref === 'string' ? { pageref: p.of('page', e.pageref) } : {}),
    startedDateTime:
      typeof e.startedDateTime === 'string' && DATE.test(e.startedDateTime)
        ? e.startedDateTime
        : '1970-01-01T00:00:00.000Z',
    time: num(e.time),
    request: request(obj(e.request) ?? {}, capture, p),
    response: response(obj(e.response) ?? {}, capture, p),
    cache: {},
    timings: Object.fromEntries(TIMINGS.map((k) => [k, num(timings[k])])),
    // Chrome's `_resourceType` is read by the analysis (document vs fetch); no other `_` field is kept.
    ...(typeof e._resourceType === 'string' && /^[a-z]{1,20}$/.test(e._resourceType)
      ? { _resourceType: e._resourceType }
      : {}),
  }
}
