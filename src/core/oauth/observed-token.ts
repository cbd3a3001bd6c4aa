// An aud known only from a quoted log line or error (PRODUCT.md §9 "observed"): carried through
// the pipeline as an unsigned token whose header marks it, so the audience rules can judge it.
import type { DecodedToken } from './jwt.ts'
import { base64url } from './sha256.ts'

const MARK = 'x-mcp-oauth-har'

const b64url = (v: unknown) => base64url(new TextEncoder().encode(JSON.stringify(v)))

export function observedToken(claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'none', [MARK]: 'observed' })}.${b64url(claims)}.`
}

export function isObservedToken(d: DecodedToken): boolean {
  return d.format === 'jwt' && d.header[MARK] === 'observed'
}
