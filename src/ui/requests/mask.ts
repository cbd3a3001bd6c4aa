// What the entry view hides until "Reveal" is pressed (issue #12): every credential-like header,
// parameter and JSON member, and every token claim that is not on the short list of protocol
// claims (personal claims: sub, email, name, upn, oid, …). Pure, so the rules are tested without a
// page. Display-only: sharing uses the core's allow-list projection.

/** Header names whose whole value is a credential (RFC 9110 §11.6.2, RFC 6265, RFC 9449, vendors). */
const SECRET_HEADER_NAMES = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'api-key',
  'x-auth-token',
  'dpop',
  'sec-websocket-protocol',
  'x-amz-security-token',
  'x-csrf-token',
  'x-xsrf-token',
  'mcp-session-id',
])
/** A name part that marks a credential or personal value (`client_secret`, `apiKey`, `login_hint`). */
const SECRET_PART = new Set(
  (
    'token tokens secret password passwd pwd pass passphrase key apikey auth authorization cookie session sid code ' +
    'verifier assertion credential credentials signature sig otp pin hint nonce state saml samlresponse jwt bearer ' +
    'csrf xsrf email mail phone username user login sub upn oid ssn address birthdate'
  ).split(' '),
)
/** Protocol names that contain such a part but hold no secret (RFC 8414 metadata, RFC 7591, RFC 6749). */
const PLAIN_SUFFIX = /(_endpoint|_supported|_method|_methods|_type|_types|_uri|_uris|_alg|_in|_at|_name)$/i
const PLAIN_NAMES = new Set(['code_challenge', 'response_type', 'grant_type', 'token_type', 'client_name', 'method'])
/** Token claims shown before Reveal: protocol claims only (RFC 7519 §4.1, RFC 9068 §2.2). */
const PLAIN_CLAIMS = new Set([
  'aud',
  'iss',
  'exp',
  'iat',
  'nbf',
  'scope',
  'scp',
  'client_id',
  'azp',
  'appid',
  'ver',
  'typ',
  'jti',
  'auth_time',
  'amr',
  'acr',
  'at_hash',
  'c_hash',
  'tid',
  'idp',
  'alg',
  'kid',
  'cty',
])

const BULLETS = '••••••••'

/** At most 4 characters of a value stay visible, and only of values long enough that 4 say nothing. */
export function mask(value: string): string {
  if (value.length < 16) return BULLETS
  return `${value.slice(0, 2)}${BULLETS}${value.slice(-2)}`
}

const parts = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .split(/[-_.\s]+/)
    .filter(Boolean)

export function isSecretName(name: string): boolean {
  const n = name.toLowerCase()
  if (SECRET_HEADER_NAMES.has(n)) return true
  if (PLAIN_SUFFIX.test(name) || PLAIN_NAMES.has(n)) return false
  return parts(name).some((p) => SECRET_PART.has(p.toLowerCase()))
}

export const isPlainClaim = (name: string) => PLAIN_CLAIMS.has(name)

const URL_RE = /^[a-z][a-z0-9+.-]*:\/\//i
const FORM = /^[\w.%-]+=[^\s]*(&[\w.%-]+=[^\s]*)*$/

/** A URL with the credential-like values of its query and fragment masked (also inside nested URLs). */
export function maskUrl(url: string): string {
  return url.replace(
    /([?&#])([^=&#]+)=([^&#]*)/g,
    (_all, sep: string, name: string, value: string) => `${sep}${name}=${maskValue(decode(name), decode(value), true)}`,
  )
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return s
  }
}

/** One named value as the entry view shows it before Reveal. */
export function maskValue(name: string, value: string, encode = false): string {
  if (isSecretName(name)) return mask(value)
  if (URL_RE.test(value)) return encode ? encodeURIComponent(maskUrl(value)) : maskUrl(value)
  return encode ? encodeURIComponent(value) : value
}

function maskJson(v: unknown, key: string | null): unknown {
  if (typeof v === 'string') {
    if (key !== null && isSecretName(key)) return mask(v)
    // Proxy envelopes carry bodies as strings: a form or JSON inside is masked by member name too.
    return URL_RE.test(v) ? maskUrl(v) : FORM.test(v.trim()) || /^\s*[{[]/.test(v) ? maskBody(v) : maskText(v)
  }
  if (Array.isArray(v)) return v.map((x) => maskJson(x, key))
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        isSecretName(k) && typeof x === 'object' && x !== null ? mask(JSON.stringify(x)) : maskJson(x, k),
      ]),
    )
  return v
}

/** Free text (pages, event streams, logs): JWTs and bearer credentials masked. */
function maskText(text: string): string {
  return text
    .replace(/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, (t) => mask(t))
    .replace(
      /\b(bearer|basic|dpop)\s+([A-Za-z0-9._~+/=-]{8,})/gi,
      (_all, scheme: string, t: string) => `${scheme} ${mask(t)}`,
    )
}

/** A body as the entry view shows it before Reveal: JSON and forms by member name, text by shape. */
export function maskBody(text: string): string {
  const t = text.trim()
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.stringify(maskJson(JSON.parse(t), null), null, 2)
    } catch {
      /* not JSON */
    }
  }
  if (FORM.test(t)) return maskUrl(`?${t}`).slice(1)
  // Event streams carry JSON on `data:` lines.
  return text
    .split('\n')
    .map((line) =>
      /^data:\s*[{[]/.test(line)
        ? `data: ${maskBody(line.replace(/^data:\s*/, '')).replace(/\s*\n\s*/g, ' ')}`
        : maskText(line),
    )
    .join('\n')
}

/** A decoded token claim as the view shows it before Reveal. */
export function maskClaim(name: string, shown: string): string {
  return isPlainClaim(name) ? shown : mask(shown)
}
