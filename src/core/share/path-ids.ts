// URL path segments that look like keys or ids (hosted MCP gateways put API keys in the path,
// `/s/<key>/mcp`; Entra puts tenant GUIDs, Cognito user-pool ids) become stable stand-ins in
// every shared output (PRODUCT.md §7): the same segment always gets the same stand-in, so equal
// URLs stay equal and a trailing slash or an extra segment stays visible.
import { safeWords } from './vocabulary.ts'

/** Ordinary path words of OAuth, OIDC and MCP endpoints (RFC 8414 §3, RFC 9728 §3, MCP transports). */
const PATH_WORDS = new Set([
  '.well-known',
  'oauth-protected-resource',
  'oauth-authorization-server',
  'openid-configuration',
  'mcp',
  'sse',
  'api',
  'oauth',
  'oauth2',
  'auth',
  'authorize',
  'token',
  'register',
  'registration',
  'callback',
  'auth_callback',
  'userinfo',
  'jwks',
  'jwks.json',
  'certs',
  'keys',
  'protocol',
  'openid-connect',
  'realms',
  'tenant',
  'tenants',
  'v1',
  'v2',
  'v2.0',
  'v3',
  'common',
  'organizations',
  'consumers',
  'redirect',
  'login',
  'logout',
  'consent',
  'messages',
  'message',
  'stream',
  'server',
  'servers',
  'default',
  'public',
  'client',
  'clients',
  'connect',
  '.default',
])

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** A Cognito user-pool id: `<AWS region>_<id>` (`eu-west-2_a1b2c3d4e`), an id even when it reads like words. */
const COGNITO_POOL = /^[a-z]{2}(?:-[a-z]+)+-\d_[0-9a-z]+$/i

/** An ordinary word: lower-case letters (small numbers allowed between separators), each part
 * pronounceable (a vowel, no long consonant run) and short. Keys are long, mixed-case or digit-rich. */
function ordinaryWord(seg: string): boolean {
  if (seg.length > 40 || !/^[a-z]+\d{0,2}(?:[-_.](?:[a-z]+\d{0,2}|\d{1,3}))*$/.test(seg)) return false
  return seg.split(/[-_.]/).every((p) => {
    const letters = p.replace(/\d+$/, '')
    if (letters === '' || PATH_WORDS.has(p) || letters.length <= 3) return true
    return letters.length <= 14 && /[aeiouy]/.test(letters) && !/[^aeiouy]{5}/.test(letters)
  })
}

export function looksLikeId(seg: string, strict = false): boolean {
  if (seg === '' || PATH_WORDS.has(seg.toLowerCase())) return false
  if (COGNITO_POOL.test(seg)) return true
  if (/^v\d{1,2}(?:\.\d{1,2})?$/i.test(seg) || /^\d{1,3}$/.test(seg) || (!strict && /^[a-z]{1,3}$/.test(seg)))
    return false
  // "Hide hostnames": a tenant name is an ordinary word too, so only vocabulary words stay.
  if (strict) return !seg.split(/[-_.]/).every((p) => safeWords().has(p.toLowerCase()))
  return !ordinaryWord(seg)
}

const URL_RE = /\b([a-z][a-z0-9+.-]*:\/\/[^/?#\s`"'<>)]*)([^?#\s`"'<>)]*)(\?[^#\s`"'<>)]*)?(#[^\s`"'<>)]*)?/gi

export class PathIds {
  private readonly map = new Map<string, string>()
  private guids = 0
  private ids = 0
  /** `strict`: every segment outside the vocabulary is a stand-in (Hide hostnames). */
  constructor(private readonly strict = false) {}

  segment(seg: string): string {
    if (!looksLikeId(seg, this.strict)) return seg
    let out = this.map.get(seg)
    if (!out) {
      // A GUID stays GUID-shaped (Entra tenants, app ids), so its role stays readable.
      out = GUID.test(seg) ? `00000000-0000-0000-0000-${String(++this.guids).padStart(12, '0')}` : `id-${++this.ids}`
      this.map.set(seg, out)
    }
    return out
  }

  /** Every URL in a text with its path segments replaced, query values and fragment dropped. */
  inText(text: string): string {
    return text.replace(URL_RE, (_all, origin: string, path: string, query?: string, frag?: string) => {
      const p = path
        .split('/')
        .map((s) => this.segment(s))
        .join('/')
      const q = query
        ? `?${query
            .slice(1)
            .split('&')
            .map((kv) => `${/^[a-z_]{1,30}$/i.test(kv.split('=')[0]!) ? kv.split('=')[0] : '…'}=…`)
            .join('&')}`
        : ''
      return `${origin.replace(/\/\/[^@/]*@/, '//')}${p}${q}${frag ? '#…' : ''}`
    })
  }
}
