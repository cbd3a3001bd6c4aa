// Small readers over an Exchange used by classification, correlation and rules.
import type { Exchange } from '../types.ts'
import { parseForm, parseQuery, type Params } from '../oauth/params.ts'
import { bearerChallenge, type Challenge } from '../oauth/www-authenticate.ts'
import { responseJson, parseJsonObject } from '../ingest/index.ts'

export function requestHeader(ex: Exchange, name: string): string | undefined {
  return ex.requestHeaders.find((h) => h.name === name)?.value
}
export function responseHeader(ex: Exchange, name: string): string | undefined {
  return ex.responseHeaders.find((h) => h.name === name)?.value
}
export function responseHeaders(ex: Exchange, name: string): string[] {
  return ex.responseHeaders.filter((h) => h.name === name).map((h) => h.value)
}

export function challengeOf(ex: Exchange): Challenge | null {
  const values = responseHeaders(ex, 'www-authenticate')
  return values.length ? bearerChallenge(values) : null
}

/** Where a redirect points: the `Location` header, else HAR `redirectURL`. */
export function locationOf(ex: Exchange): string | null {
  if (ex.status < 300 || ex.status >= 400) return null
  return responseHeader(ex, 'location') ?? ex.redirectURL ?? null
}

export function queryParams(ex: Exchange): Params {
  return parseQuery(ex.url)
}

export function formParams(ex: Exchange): Params {
  const type = requestHeader(ex, 'content-type') ?? ''
  if (/json/i.test(type)) return []
  return parseForm(ex.requestBody)
}

export function requestJson(ex: Exchange): Record<string, unknown> | null {
  return parseJsonObject(ex.requestBody)
}

export { responseJson }

/** The bearer credential presented to a server, from `Authorization: Bearer|DPoP <token>`. */
export function bearerToken(ex: Exchange): string | null {
  const auth = requestHeader(ex, 'authorization')
  if (!auth) return null
  const m = /^\s*(?:bearer|dpop)\s+(\S+)/i.exec(auth)
  return m ? m[1]! : null
}

export function isJsonContentType(ex: Exchange): boolean {
  const type = responseHeader(ex, 'content-type') ?? ex.responseMimeType
  return /\bjson\b|\+json/i.test(type)
}

/** Compare by time, then by entry number (HAR order) when times are missing or equal. */
export function byTime(a: Exchange, b: Exchange): number {
  const ta = a.startedMs ?? Number.NaN
  const tb = b.startedMs ?? Number.NaN
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb
  return a.entry - b.entry
}
