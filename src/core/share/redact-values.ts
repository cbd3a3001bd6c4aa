// Value-level redaction for the redacted HAR: consistent pseudonyms (the same secret always
// becomes the same stand-in, so correlation by state, code, token and session still works),
// re-minted tokens that carry only allow-listed claims, URLs with path ids replaced, and
// parameters by allow-list with the values of allowed parameters checked too (PRODUCT.md §7).
import { decodeToken } from '../oauth/jwt.ts'
import { formDecode } from '../oauth/params.ts'
import { s256Challenge } from '../oauth/sha256.ts'
import { base64urlJson } from '../oauth/base64url.ts'
import { PathIds } from './path-ids.ts'
import { safeWords, ERROR_CODES } from './vocabulary.ts'
import { projectQuote } from './free-text.ts'

/** Parameters whose values are URLs: kept, rewritten like every URL. */
const URL_PARAMS = new Set(['resource', 'redirect_uri', 'iss', 'audience', 'resource_metadata'])
/** Parameters whose values are enumerations or scopes (RFC 6749, OIDC, RFC 7636): kept when every
 * word is known vocabulary. */
const WORD_PARAMS = new Set([
  'response_type',
  'code_challenge_method',
  'grant_type',
  'prompt',
  'response_mode',
  'token_type_hint',
  'token_type',
  'requested_token_type',
  'subject_token_type',
])
const KEEP_AS_IS = new Set(['scope', 'client_id'])
const TOKEN_PARAMS = new Set([
  'access_token',
  'id_token',
  'id_token_hint',
  'client_assertion',
  'assertion',
  'subject_token',
  'actor_token',
  'logout_token',
])
/** Names kept with a stand-in value: the analysis reads their presence (PKCE, state, nonce, codes,
 * RFC 6750 §2.3 token-in-query names). Any other parameter becomes a stand-in, name and value. */
const STANDIN_PARAMS = new Set([
  'code',
  'state',
  'nonce',
  'refresh_token',
  'client_secret',
  'code_verifier',
  'code_challenge',
  'token',
  'bearer',
  'login_hint',
  'session_state',
  'request_uri',
  'device_code',
  'user_code',
  'error_uri',
  'password',
  'username',
])
const ALLOWED_CLAIMS = ['aud', 'iss', 'exp', 'iat', 'nbf', 'scope', 'scp', 'client_id', 'azp', 'appid', 'ver', 'typ']
/** Present in ID tokens only; their presence (not value) tells an ID token from an access token. */
const MARKER_CLAIMS = ['nonce', 'at_hash']
const URL_RE = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^/?#@]*@)?([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i

export const wordsKnown = (v: string) =>
  /^[A-Za-z0-9_:.+ -]{1,200}$/.test(v) && (v.match(/[A-Za-z]+/g) ?? []).every((w) => safeWords().has(w.toLowerCase()))

export class Pseudonyms {
  private readonly map = new Map<string, string>()
  private readonly counters = new Map<string, number>()
  readonly ids = new PathIds()
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

  /** A URL with userinfo removed, path ids replaced, query values checked, a fragment route dropped. */
  url(url: string): string {
    const m = URL_RE.exec(url)
    if (!m) return this.of('value', url)
    const path = m[3]!
      .split('/')
      .map((s) => this.ids.segment(s))
      .join('/')
    const query = m[4] ? `?${this.params(m[4].slice(1))}` : ''
    // A fragment is kept only as parameters (implicit-flow style); a route (#/x/y) is dropped.
    const fragment = m[5] && m[5].includes('=') ? `#${this.params(m[5].slice(1))}` : ''
    return `${m[1]}${m[2]}${path}${query}${fragment}`
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
    for (const c of ALLOWED_CLAIMS) if (d.claims[c] !== undefined) claims[c] = this.claim(d.claims[c])
    for (const c of MARKER_CLAIMS) if (d.claims[c] !== undefined) claims[c] = 'redacted'
    claims.jti = this.of('jti', token)
    const header = {
      alg: typeof d.header.alg === 'string' && /^[A-Za-z0-9+_-]{1,16}$/.test(d.header.alg) ? d.header.alg : 'none',
      ...(typeof d.header.typ === 'string' && /^[A-Za-z0-9+/.-]{1,20}$/.test(d.header.typ)
        ? { typ: d.header.typ }
        : {}),
    }
    const out = `${base64urlJson(header)}.${base64urlJson(claims)}.`
    this.map.set(key, out)
    return out
  }

  private claim(v: unknown): unknown {
    if (typeof v === 'string') return URL_RE.test(v) ? this.url(v) : v
    if (Array.isArray(v)) return v.map((x) => this.claim(x))
    return typeof v === 'number' || typeof v === 'boolean' ? v : null
  }

  /** PKCE pairs stay pairs: the stand-in verifier hashes to the stand-in challenge. */
  verifier(v: string): string {
    return this.of('code-verifier', v)
  }
  challenge(c: string): string {
    const v = this.verifierOf.get(c)
    return v !== undefined ? s256Challenge(this.verifier(v)) : s256Challenge(this.of('unpaired-challenge', c))
  }

  /** One parameter value, or null when the parameter is on no list (its name becomes a stand-in too). */
  param(name: string, value: string): string | null {
    if (KEEP_AS_IS.has(name)) return URL_RE.test(value) ? this.url(value) : value
    if (URL_PARAMS.has(name)) return URL_RE.test(value) ? this.url(value) : this.of('value', value)
    if (WORD_PARAMS.has(name)) return wordsKnown(value) ? value : this.of('value', value)
    if (name === 'error') return ERROR_CODES.has(value) || wordsKnown(value) ? value : this.of('error', value)
    if (name === 'error_description') return projectQuote(value, new Set())
    if (TOKEN_PARAMS.has(name)) return this.token(value)
    if (name === 'code_verifier') return this.verifier(value)
    if (name === 'code_challenge') return this.challenge(value)
    if (STANDIN_PARAMS.has(name) || STANDIN_PARAMS.has(name.toLowerCase()))
      return this.of(name.replace(/_/g, '-').toLowerCase(), value)
    return null
  }

  /** `a=1&b=2` by allow-list; a kept pair whose value is unchanged keeps its original encoding. */
  params(text: string): string {
    return text
      .split('&')
      .flatMap((part) => {
        const eq = part.indexOf('=')
        const name = formDecode(eq < 0 ? part : part.slice(0, eq))
        if (eq < 0) return [STANDIN_PARAMS.has(name) || KEEP_AS_IS.has(name) ? part : this.of('param', name)]
        const raw = formDecode(part.slice(eq + 1))
        const out = this.param(name, raw)
        // Not on any list: the name is replaced too (it can say more than it should), the shape stays.
        if (out === null) return [`${this.of('param', name)}=${this.of('value', raw)}`]
        return [out === raw ? part : `${part.slice(0, eq)}=${encodeURIComponent(out)}`]
      })
      .join('&')
  }
}
