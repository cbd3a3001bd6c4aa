// The redacted HAR (PRODUCT.md §7): an allow-list projection of the whole file. Only known HAR
// 1.2 fields and known `_` extensions are written; no `comment`s; headers, parameters and bodies
// by allow-list (redact-headers.ts, redact-values.ts, redact-body.ts). Structure and equalities
// are kept, so analysing the redacted HAR gives the same verdict. A damaged file is redacted as far
// as it could be read, and the result says what was lost.
import type { IngestError, Result } from '../types.ts'
import { readCapture, decodeBase64Text, type Capture } from '../ingest/index.ts'
import { formDecode, getParam, parseForm, parseQuery } from '../oauth/params.ts'
import { s256Challenge } from '../oauth/sha256.ts'
import { Pseudonyms } from './redact-values.ts'
import { redactBodyText } from './redact-body.ts'
import { redactHeaderValue } from './redact-headers.ts'

type O = Record<string, unknown>
const obj = (v: unknown): O | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as O) : null)
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : -1)
const DATE = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/
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

export interface RedactedCapture {
  ok: true
  value: string
  /** What could not be carried over (a truncated or damaged file); empty when nothing was lost. */
  lost: string[]
}

function rawText(content: O, capture: Capture): string | null {
  if (typeof content.text === 'string')
    return content.encoding === 'base64' ? decodeBase64Text(content.text) : content.text
  if (typeof content._file === 'string') return capture.attachments(content._file) ?? null
  return null
}

/** PKCE pairs are found before anything is replaced, so stand-ins can keep them paired. */
function pairPkce(capture: Capture, p: Pseudonyms): void {
  const challenges = new Set<string>()
  const verifiers: string[] = []
  for (const raw of capture.rawEntries) {
    const req = obj(obj(raw)?.request)
    if (typeof req?.url === 'string') {
      const c = getParam(parseQuery(req.url), 'code_challenge')
      if (c) challenges.add(c)
    }
    const post = obj(req?.postData)
    const text = post ? rawText(post, capture) : null
    // Also inside proxy envelopes (MCP Inspector wraps the token request's form in JSON).
    for (const m of text?.matchAll(/code_verifier=([A-Za-z0-9._~%-]+)/g) ?? []) verifiers.push(formDecode(m[1]!))
  }
  for (const v of verifiers) {
    const c = s256Challenge(v)
    if (challenges.has(c)) p.verifierOf.set(c, v)
  }
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
            mimeType: mime,
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
  const mime =
    typeof content.mimeType === 'string' && /^[\w.+/-]{1,80}(;[\w =.-]{0,60})?$/.test(content.mimeType)
      ? content.mimeType
      : 'x-unknown'
  const text = body(rawText(content, capture), mime, p)
  const status = typeof res.status === 'number' ? res.status : Number(res.status) || 0
  return {
    status,
    statusText: REASONS[status] ?? '',
    httpVersion: typeof res.httpVersion === 'string' && /^[\w/.]{1,12}$/.test(res.httpVersion) ? res.httpVersion : '',
    headers: headers(res.headers, p),
    cookies: [],
    content: { size: text?.length ?? 0, mimeType: mime, ...(text ? { text } : {}) },
    redirectURL: typeof res.redirectURL === 'string' && res.redirectURL ? p.url(res.redirectURL) : '',
    headersSize: num(res.headersSize),
    bodySize: text?.length ?? 0,
    ...(typeof res._error === 'string' && /^net::ERR_[A-Z_]+$/.test(res._error) ? { _error: res._error } : {}),
  }
}

function redactEntry(raw: unknown, capture: Capture, p: Pseudonyms): O {
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

const creatorName = (c: unknown) => {
  const name = obj(c)?.name
  return typeof name === 'string' && /^[\w .()-]{1,40}$/.test(name) ? name : 'unknown'
}
const creatorVersion = (c: unknown) => {
  const v = obj(c)?.version
  return typeof v === 'string' && /^[\w.+-]{1,30}$/.test(v) ? v : ''
}

/** The capture redacted, as HAR text, and what was lost. Never throws; unreadable input is an error value. */
export function redactCapture(bytes: Uint8Array, name: string): RedactedCapture | { ok: false; error: IngestError } {
  try {
    const read: Result<Capture> = readCapture(bytes, name)
    if (!read.ok) return read
    const capture = read.value
    const p = new Pseudonyms()
    pairPkce(capture, p)
    const entries = capture.rawEntries.map((raw) => redactEntry(raw, capture, p))
    const log = capture.log
    const pages = Array.isArray(log.pages)
      ? log.pages.map((pg, i) => ({
          startedDateTime:
            typeof obj(pg)?.startedDateTime === 'string' && DATE.test(obj(pg)!.startedDateTime as string)
              ? obj(pg)!.startedDateTime
              : '1970-01-01T00:00:00.000Z',
          id: p.of('page', String(obj(pg)?.id ?? i)),
          title: `page ${i + 1}`,
          pageTimings: {},
        }))
      : []
    const out = {
      log: {
        version: '1.2',
        creator: { name: creatorName(log.creator), version: creatorVersion(log.creator) },
        pages,
        entries,
      },
    }
    const lost = capture.problem
      ? [
          `${capture.problem.message} ${entries.length} entries were read ` +
            `and redacted; the rest of the file is not in the redacted HAR.`,
        ]
      : []
    return { ok: true, value: JSON.stringify(out, null, 2), lost }
  } catch (e) {
    return {
      ok: false,
      error: { code: 'not-har', message: `The capture could not be redacted (${String((e as Error)?.message ?? e)}).` },
    }
  }
}
