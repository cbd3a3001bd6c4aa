// An aud known only from a quoted log line or error (PRODUCT.md §9 "observed"): carried through
// the pipeline as an unsigned token whose header marks it, so the audience rules can judge it.
import type { DecodedToken } from '../oauth/jwt.ts'

const MARK = 'x-mcp-oauth-har'

function b64url(v: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(v))
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function observedToken(claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'none', [MARK]: 'observed' })}.${b64url(claims)}.`
}

export function isObservedToken(d: DecodedToken): boolean {
  return d.format === 'jwt' && d.header[MARK] === 'observed'
}
