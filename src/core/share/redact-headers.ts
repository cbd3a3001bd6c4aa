// Headers of the redacted HAR by allow-list (PRODUCT.md §7): a header is kept only when its name
// is listed, and its value is checked too; any other header is dropped, name and all.
import type { Pseudonyms } from './redact-values.ts'
import { projectQuote } from './free-text.ts'
import { ERROR_CODES } from './vocabulary.ts'

/** Values that are protocol vocabulary (media types, cache directives, dates, sizes, versions). */
const KEEP = new Set([
  'content-type',
  'content-length',
  'accept',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'pragma',
  'expires',
  'vary',
  'date',
  'last-modified',
  'connection',
  'transfer-encoding',
  'content-encoding',
  ':method',
  ':scheme',
  ':status',
  'mcp-protocol-version',
  'mcp-method',
  'upgrade-insecure-requests',
  'x-content-type-options',
  'strict-transport-security',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-allow-credentials',
  'access-control-max-age',
  'access-control-request-method',
  'access-control-request-headers',
  'sec-fetch-mode',
  'sec-fetch-site',
  'sec-fetch-dest',
])
const HOST_VALUED = new Set(['host', ':authority'])
const URL_VALUED = new Set([
  'location',
  'content-location',
  'referer',
  'origin',
  'access-control-allow-origin',
  ':path',
])
/** Kept with a consistent stand-in value: the analysis reads their presence or equality. */
const STANDIN = new Set(['cookie', 'set-cookie', 'mcp-session-id', 'x-api-key', 'api-key', 'dpop', 'etag'])
/** Product tokens of user agents (RFC 9110 §10.1.5) that name software, not a person or machine. */
const UA_PRODUCTS = new Set(
  (
    'mozilla applewebkit chrome chromium safari firefox gecko edg version mobile node undici node-fetch axios ' +
    'python-httpx python-requests aiohttp curl go-http-client okhttp electron claude-code claude cursor code vscode ' +
    'mcp-remote ' +
    'mcp-inspector openai codex gemini-cli goose windsurf copilot postman insomnia bun deno java dart'
  ).split(' '),
)
const PRODUCT_TOKEN = /^[A-Za-z][\w.-]{0,30}\/[0-9][\w.+-]{0,20}$/
/** A piece of a protocol header value: a number, time or version, a media type, `*`, or words of
 * at most 12 letters in one case style (header names, directives, dates). Keys are long or mixed. */
function plainPiece(t: string): boolean {
  if (/^(\d+([.:]\d+)*|\*|[\w.+-]+\/[\w.+*-]+)$/.test(t)) return true
  return t.split(/[-.]/).every((part) => /^(\d{1,4}|[A-Z]?[a-z]{1,11}|[A-Z]{1,12}|)$/.test(part))
}
const plainValue = (v: string) => v.length <= 400 && v.split(/[\s,;="]+/).every((t) => t === '' || plainPiece(t))

function userAgent(v: string): string {
  // Parenthesised comments carry OS, device and build details: dropped.
  return v
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((t) => PRODUCT_TOKEN.test(t) && UA_PRODUCTS.has(t.split('/')[0]!.toLowerCase()))
    .join(' ')
}

/** RFC 9110 §11.6.1 challenge: the scheme and the RFC 6750 / RFC 9728 parameters only (no `realm`). */
function challenge(v: string, p: Pseudonyms): string {
  const scheme = /^\s*([A-Za-z][\w-]*)/.exec(v)?.[1] ?? 'Bearer'
  const params: string[] = []
  for (const m of v.matchAll(/([A-Za-z_]+)\s*=\s*("((?:[^"\\]|\\.)*)"|[^\s,]+)/g)) {
    const name = m[1]!.toLowerCase()
    const value = m[3] ?? m[2]!
    if (name === 'resource_metadata') params.push(`resource_metadata="${p.url(value)}"`)
    else if (name === 'error') params.push(`error="${ERROR_CODES.has(value) ? value : p.of('error', value)}"`)
    else if (name === 'scope') params.push(`scope="${value.replace(/"/g, '')}"`)
    else if (name === 'error_description')
      params.push(`error_description="${projectQuote(value, new Set()).replace(/"/g, "'")}"`)
  }
  return params.length ? `${scheme} ${params.join(', ')}` : scheme
}

/** The redacted value of a header, or null when the header is dropped. */
export function redactHeaderValue(name: string, value: string, p: Pseudonyms): string | null {
  const n = name.toLowerCase()
  if (KEEP.has(n)) return plainValue(value) ? value : p.of('header', value)
  if (HOST_VALUED.has(n)) return /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i.test(value) ? value : null
  if (URL_VALUED.has(n))
    return value === '*' || value === 'null'
      ? value
      : n === ':path'
        ? p.url(`https://h${value}`).slice(9)
        : p.url(value)
  if (n === 'user-agent') return userAgent(value)
  if (n === 'server') return userAgent(value) || null
  if (n === 'www-authenticate') return challenge(value, p)
  if (n === 'authorization' || n === 'proxy-authorization') {
    const m = /^\s*(\S+)\s+(\S+)/.exec(value)
    if (!m) return 'redacted'
    return /^(bearer|dpop)$/i.test(m[1]!)
      ? `${m[1]} ${p.token(m[2]!)}`
      : `${/^basic$/i.test(m[1]!) ? 'Basic' : 'Other'} ${p.of('credentials', m[2]!)}`
  }
  if (STANDIN.has(n))
    return p.of(n === 'mcp-session-id' ? 'session' : n === 'cookie' || n === 'set-cookie' ? 'cookie' : 'header', value)
  return null
}
