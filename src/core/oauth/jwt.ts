// Token classification and decoding (RFC 9068 §2; RFC 7515/7516 compact serializations).
// Decoding only: nothing here verifies a signature, so nothing may call a token "valid".
import { jwtDecode } from 'jwt-decode'

export type DecodedToken =
  | { format: 'jwt'; header: Record<string, unknown>; claims: Record<string, unknown> }
  | { format: 'jwe'; header: Record<string, unknown> }
  | { format: 'opaque' }

const B64URL = /^[A-Za-z0-9_-]*$/

export function decodeToken(token: string): DecodedToken {
  const parts = token.split('.')
  if (parts.length === 5 && parts.every((p) => B64URL.test(p))) {
    try {
      const header = jwtDecode<Record<string, unknown>>(token, { header: true })
      if (typeof header === 'object' && header && 'enc' in header) return { format: 'jwe', header }
    } catch {
      /* not a JWE header */
    }
    return { format: 'opaque' }
  }
  if (parts.length === 3 && parts.every((p) => B64URL.test(p)) && parts[0] && parts[1]) {
    try {
      const header = jwtDecode<Record<string, unknown>>(token, { header: true })
      const claims = jwtDecode<Record<string, unknown>>(token)
      if (typeof header === 'object' && header && typeof claims === 'object' && claims && !Array.isArray(claims)) {
        return { format: 'jwt', header, claims }
      }
    } catch {
      /* fall through: a three-part string that is not JSON is opaque */
    }
  }
  return { format: 'opaque' }
}

export function claimString(claims: Record<string, unknown>, name: string): string | null {
  const v = claims[name]
  return typeof v === 'string' ? v : null
}

export function claimNumber(claims: Record<string, unknown>, name: string): number | null {
  const v = claims[name]
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/** `aud` as RFC 7519 §4.1.3 allows: a string or an array of strings. */
export function audienceOf(claims: Record<string, unknown>): string | string[] | null {
  const aud = claims.aud
  if (typeof aud === 'string') return aud
  if (Array.isArray(aud)) return aud.filter((a): a is string => typeof a === 'string')
  return null
}

export function audienceList(aud: string | string[] | null): string[] {
  return aud === null ? [] : Array.isArray(aud) ? aud : [aud]
}

/** The client the token was issued to: `client_id` (RFC 9068), `azp` (OIDC), `appid` (Entra v1). */
export function tokenClientId(claims: Record<string, unknown>): string | null {
  return claimString(claims, 'client_id') ?? claimString(claims, 'azp') ?? claimString(claims, 'appid')
}
