// The redacted HAR (PRODUCT.md §7): the whole capture with the never-share list removed or
// replaced and its structure kept, so that analysing it gives the same verdict and findings.
import type { Result } from '../types.ts'
import { readCapture, decodeBase64Text, type Capture } from '../ingest/index.ts'
import { formDecode, getParam, parseForm, parseQuery } from '../oauth/params.ts'
import { s256Challenge } from '../oauth/sha256.ts'
import { Pseudonyms, redactUrl } from './redact-values.ts'
import { redactBodyText, redactHeaderValue } from './redact-body.ts'
import type { IngestError } from '../types.ts'

type O = Record<string, unknown>
const obj = (v: unknown): O | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as O) : null)
const DROP_ENTRY_FIELDS = ['serverIPAddress', 'connection', '_initiator', '_webSocketMessages', '_securityDetails', '_serverPort']

function rawText(content: O, capture: Capture): string | null {
  if (typeof content.text === 'string') return content.encoding === 'base64' ? decodeBase64Text(content.text) : content.text
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

function headers(list: unknown, p: Pseudonyms): unknown {
  if (!Array.isArray(list)) return list
  return list.map((h) => {
    const o = obj(h)
    if (!o || typeof o.name !== 'string') return h
    const value = Array.isArray(o.value) ? o.value.map((x) => (typeof x === 'string' ? redactHeaderValue(o.name as string, x, p) : x)) : typeof o.value === 'string' ? redactHeaderValue(o.name, o.value, p) : o.value
    return { ...o, value }
  })
}

function redactEntry(raw: unknown, capture: Capture, p: Pseudonyms): unknown {
  const e = obj(raw)
  if (!e) return raw
  const out: O = { ...e }
  for (const k of DROP_ENTRY_FIELDS) delete out[k]
  const req = obj(e.request)
  if (req) {
    const url = typeof req.url === 'string' ? redactUrl(req.url, p) : req.url
    const post = obj(req.postData)
    let postData: O | undefined
    if (post) {
      const text = rawText(post, capture)
      const mime = typeof post.mimeType === 'string' ? post.mimeType : ''
      postData = { mimeType: post.mimeType ?? null, text: text === null ? '' : redactBodyText(text, p, mime) }
      if (/x-www-form-urlencoded/i.test(mime)) postData.params = parseForm(postData.text as string).map(([name, value]) => ({ name, value }))
    }
    out.request = {
      ...req,
      url,
      headers: headers(req.headers, p),
      cookies: [],
      queryString: typeof url === 'string' ? parseQuery(url).map(([name, value]) => ({ name, value })) : [],
      ...(postData ? { postData } : {}),
    }
  }
  const res = obj(e.response)
  if (res) {
    const content = obj(res.content) ?? {}
    const text = rawText(content, capture)
    const mime = typeof content.mimeType === 'string' ? content.mimeType : ''
    const body = text === null ? null : redactBodyText(text, p, mime)
    const { _file: _f, encoding: _e, ...restContent } = content
    out.response = {
      ...res,
      headers: headers(res.headers, p),
      cookies: [],
      redirectURL: typeof res.redirectURL === 'string' ? redactUrl(res.redirectURL, p) : res.redirectURL,
      content: { ...restContent, ...(body === null ? {} : { text: body, size: body.length }), ...(text !== null && body === '' ? { comment: `Body removed by mcp-oauth-har redaction (${text.length} characters of ${mime || 'unknown type'}).` } : {}) },
    }
  }
  return out
}

/** The capture with secrets replaced, as HAR text. Never throws; bad input is an error value. */
export function redactCapture(bytes: Uint8Array, name: string): Result<string, IngestError> {
  const read = readCapture(bytes, name)
  if (!read.ok) return read
  const capture = read.value
  const p = new Pseudonyms()
  pairPkce(capture, p)
  const entries = capture.rawEntries.map((raw) => redactEntry(raw, capture, p))
  const log = capture.log
  const pages = Array.isArray(log.pages) ? log.pages.map((pg, i) => ({ ...(obj(pg) ?? {}), title: `page ${i + 1}` })) : []
  const out = { log: { version: typeof log.version === 'string' ? log.version : '1.2', creator: log.creator ?? { name: 'unknown', version: '' }, comment: 'Redacted by mcp-oauth-har: secrets, cookies, bodies and personal claims removed or replaced.', pages, entries } }
  return { ok: true, value: JSON.stringify(out, null, 2) }
}
