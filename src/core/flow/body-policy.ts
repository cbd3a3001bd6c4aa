// Which response bodies the analysis reads, decided by what the exchange is (its kind from
// `classify`), not by its URL: the streaming reader keeps these and only counts the rest.
// Rules read metadata documents (RFC 9728, RFC 8414), registration (RFC 7591) and token
// responses (RFC 6749 §5), JSON-RPC answers and event streams, callback and error pages, and
// the proxy envelopes MCP Inspector wraps around all of them.
import type { Exchange } from '../types.ts'
import type { Kind } from './classify.ts'

const BODY_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'mcp',
  'prm',
  'as-metadata',
  'registration',
  'cimd',
  'authorize',
  'callback',
  'token',
  'refresh',
])

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
 * `literal` is the body as a JSON string literal, where each member name reads `\"name\"`.
 */
export function mayBecomeMetadata(ex: Exchange, literal: string): boolean {
  if (ex.method !== 'GET') return false
  if (ex.responseEncoding?.toLowerCase() === 'base64') return /json/i.test(ex.responseMimeType)
  if (!startsLikeObject(literal)) return false
  // Jump from escaped quote to escaped quote natively: member names follow one.
  for (let i = literal.indexOf('\\"'); i >= 0; i = literal.indexOf('\\"', i + 2)) {
    if (MEMBERS.some((m) => literal.startsWith(m, i + 2))) return true
  }
  return false
}

const MEMBERS = ['resource\\"', 'issuer\\"', 'client_id\\"']

/** The literal's text starts with `{` after whitespace (raw, or escaped as \n, \r, \t). */
function startsLikeObject(literal: string): boolean {
  let i = 1
  for (;;) {
    const c = literal[i]
    if (c === ' ') i++
    else if (c === '\\' && (literal[i + 1] === 'n' || literal[i + 1] === 'r' || literal[i + 1] === 't')) i += 2
    else return c === '{'
  }
}
