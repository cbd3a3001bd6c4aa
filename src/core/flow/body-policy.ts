// Which response bodies the analysis reads, decided by what the exchange is (its kind from
// `classify`), not by its URL: the streaming reader keeps these and only counts the rest.
// Rules read metadata documents (RFC 9728, RFC 8414), registration (RFC 7591) and token
// responses (RFC 6749 §5), JSON-RPC answers and event streams, callback and error pages, and
// the proxy envelopes MCP Inspector wraps around all of them.
import type { Exchange } from '../types.ts'
import type { Kind } from './classify.ts'

const BODY_KINDS: ReadonlySet<Kind> = new Set<Kind>(['mcp', 'prm', 'as-metadata', 'registration', 'cimd', 'authorize', 'callback', 'token', 'refresh'])

export function bodyNeeded(ex: Exchange, kind: Kind): boolean {
  if (BODY_KINDS.has(kind)) return true
  // Error pages and failed requests carry the server's own words (known-error catalog).
  if (ex.status >= 400 || ex.status === 0) return true
  // A request with a body is an API call (JSON-RPC, proxy envelopes): its answer may matter.
  if (ex.requestBody) return true
  return /event-stream/i.test(ex.responseMimeType)
}

/**
 * A body not needed now may become needed once a later entry advertises its URL (a PRM pointer
 * in a 401, a CIMD client_id): only JSON documents can be metadata, and every metadata document
 * names one of these members (RFC 9728 §2 `resource`, RFC 8414 §2 `issuer`, CIMD `client_id`).
 */
export function mayBecomeMetadata(ex: Exchange, body: Uint8Array): boolean {
  if (ex.method !== 'GET') return false
  if (ex.responseEncoding?.toLowerCase() === 'base64') return /json/i.test(ex.responseMimeType)
  return METADATA_MEMBERS.some((m) => includesBytes(body, m))
}

const METADATA_MEMBERS = ['resource', 'issuer', 'client_id'].map((m) => new TextEncoder().encode(m))

function includesBytes(hay: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!
  for (let i = hay.indexOf(first); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    let j = 1
    while (j < needle.length && hay[i + j] === needle[j]) j++
    if (j === needle.length) return true
  }
  return false
}
