// Value-level redaction for the redacted HAR: consistent pseudonyms (the same secret always
// becomes the same stand-in, so correlation by state, code, token and session still works),
// re-minted tokens that carry only allow-listed claims, and URL/parameter rules.
import { decodeToken } from '../oauth/jwt.ts'
import { formDecode } from '../oauth/params.ts'
import { s256Challenge } from '../oauth/sha256.ts'
import { scrubFreeText } from '../scrub/scrub.ts'

/** Parameters whose values are safe to keep (PRODUCT.md §7). */
export const SAFE_PARAMS = new Set(['response_type', 'code_challenge_method', 'resource', 'scope', 'redirect_uri', 'client_id', 'grant_type', 'error', 'iss', 'prompt', 'response_mode', 'audience', 'token_type_hint'])
const FREE_TEXT_PARAMS = new Set(['error_description'])
const TOKEN_PARAMS = new Set(['access_token', 'id_token', 'client_assertion', 'assertion', 'subject_token'])
const ALLOWED_CLAIMS = ['aud', 'iss', 'exp', 'iat', 'nbf', 'scope', 'scp', 'client_id', 'azp', 'appid', 'ver', 'typ']
/** Present in ID tokens only; their presence (not value) tells an ID token from an access token. */
const MARKER_CLAIMS = ['nonce', 'at_hash']

function b64urlJson(v: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(v))
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export class Pseudonyms {
  private readonly map = new Map<string, string>()
  private readonly counters = new Map<string, number>()
  /** PKCE: challenge → the verifier that produces it, found before redaction starts. */
  readonly verifierOf = new Map<string, string>()

  of(kind: string, value: string): string {
    if (value === '') return value
    const key = `${kind}\u0000${value}`
    let out = this.map.get(key)
    if (!out) {
      const n = (this.counters.get(kind) ?? 0) + 1
      this.counters.set(kind, n)
      out = `redacted-${kind}-${n}`
      this.map.set(key, out)
    }
    return out
  }

  /** A JWT with its signature removed, carrying only allow-listed claims, or an opaque stand-in.
   * The header keeps the original `alg` (not a secret) so `at.alg-none` reads the same after redaction. */
  token(token: string): string {
    const d = decodeToken(token)
    if (d.format !== 'jwt') return this.of(d.format === 'jwe' ? 'jwe' : 'opaque-token', token)
    const key = `jwt\u0000${token}`
    const known = this.map.get(key)
    if (known) return known
    const claims: Record<string, unknown> = {}
    for (const c of ALLOWED_CLAIMS) if (d.claims[c] !== undefined) claims[c] = d.claims[c]
    for (const c of MARKER_CLAIMS) if (d.claims[c] !== undefined) claims[c] = 'redacted'
    claims.jti = this.of('jti', token)
    const header = { alg: typeof d.header.alg === 'string' && /^[A-Za-z0-9+_-]{1,16}$/.test(d.header.alg) ? d.header.alg : 'none', ...(typeof d.header.typ === 'string' ? { typ: d.header.typ } : {}) }
    const out = `${b64urlJson(header)}.${b64urlJson(claims)}.`
    this.map.set(key, out)
    return out
  }

  /** PKCE pairs stay pairs: the stand-in verifier hashes to the stand-in challenge. */
  verifier(v: string): string {
    return this.of('code-verifier', v)
  }
  challenge(c: string): string {
    const v = this.verifierOf.get(c)
    return v !== undefined ? s256Challenge(this.verifier(v)) : s256Challenge(this.of('unpaired-challenge', c))
  }
}

export function redactParam(name: string, value: string, p: Pseudonyms): string {
  if (SAFE_PARAMS.has(name)) return value
  if (FREE_TEXT_PARAMS.has(name)) return scrubFreeText(value)
  if (TOKEN_PARAMS.has(name)) return p.token(value)
  if (name === 'code_verifier') return p.verifier(value)
  if (name === 'code_challenge') return p.challenge(value)
  return p.of(name === 'code' || name === 'state' || name === 'refresh_token' || name === 'nonce' ? name.replace('_', '-') : 'value', value)
}

/** `a=1&b=2` with every unsafe value replaced; safe pairs keep their original encoding. */
export function redactParamString(text: string, p: Pseudonyms): string {
  return text
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=')
      if (eq < 0) return part
      const name = formDecode(part.slice(0, eq))
      if (SAFE_PARAMS.has(name)) return part
      return `${part.slice(0, eq)}=${encodeURIComponent(redactParam(name, formDecode(part.slice(eq + 1)), p))}`
    })
    .join('&')
}

export function redactUrl(url: string, p: Pseudonyms): string {
  const hash = url.indexOf('#')
  const base = hash < 0 ? url : url.slice(0, hash)
  const fragment = hash < 0 ? '' : `#${redactParamString(url.slice(hash + 1), p)}`
  const q = base.indexOf('?')
  if (q < 0) return base + fragment
  return `${base.slice(0, q)}?${redactParamString(base.slice(q + 1), p)}${fragment}`
}
