// What a URL may be, from the marks OAuth leaves in it: a well-known metadata segment, or query
// names of an authorization request (RFC 6749 §4.1.1) or of its callback (§4.1.2). Classification
// asks this of every exchange, so the names are looked for only before the URL's `=` signs (a few,
// found natively) instead of one search of the whole URL per name. Any `name=` counts, as a plain
// substring search would: this only decides which URLs are worth parsing.
import { WELL_KNOWN } from '../oauth/well-known.ts'

/** The URL holds `/.well-known/`. */
export const WELL_KNOWN_URL = 1
/** The URL holds `response_type=` or `client_id=`. */
export const OAUTH_QUERY = 2
/** The URL holds `code=` or `error=`. */
export const CALLBACK_QUERY = 4

export function urlHints(url: string): number {
  let hints = url.includes(WELL_KNOWN) ? WELL_KNOWN_URL : 0
  for (let at = url.indexOf('='); at >= 0; at = url.indexOf('=', at + 1)) {
    if (endsAt(url, at, 'response_type') || endsAt(url, at, 'client_id')) hints |= OAUTH_QUERY
    if (endsAt(url, at, 'code') || endsAt(url, at, 'error')) hints |= CALLBACK_QUERY
  }
  return hints
}

/** `name` is written right before position `at`. */
function endsAt(url: string, at: number, name: string): boolean {
  return at >= name.length && url.startsWith(name, at - name.length)
}
