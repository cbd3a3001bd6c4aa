// An aud known only from a quoted log line or error (PRODUCT.md §9 "observed"): carried through
// the pipeline as an unsigned token whose header marks it, so the audience rules can judge it.
import type { DecodedToken } from './jwt.ts'
import { base64urlJson } from './base64url.ts'

const MARK = 'x-mcp-oauth-har'

export function observedToken(claims: Record<string, unknown>): string {
  return `${base64urlJson({ alg: 'none', [MARK]: 'observed' })}.${base64urlJson(claims)}.`
}

export function isObservedToken(d: DecodedToken): boolean {
  return d.format === 'jwt' && d.header[MARK] === 'observed'
}
