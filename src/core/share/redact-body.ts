// Bodies of the redacted HAR (PRODUCT.md §7): JSON members by allow-listed keys, everything else
// replaced by typed stand-ins; forms by parameter allow-list; event streams kept as their JSON-RPC
// skeleton (MCP responses live there); any other body removed.
import { Pseudonyms, wordsKnown } from './redact-values.ts'
import { redactHeaderValue } from './redact-headers.ts'
import { projectQuote } from './free-text.ts'
import { ERROR_CODES } from './vocabulary.ts'

const KEEP_JSON = new Set([
  // RFC 9728 protected resource metadata
  'resource',
  'authorization_servers',
  'scopes_supported',
  'bearer_methods_supported',
  'resource_documentation',
  'resource_signing_alg_values_supported',
  // RFC 8414 / OIDC metadata
  'issuer',
  'authorization_endpoint',
  'token_endpoint',
  'registration_endpoint',
  'jwks_uri',
  'userinfo_endpoint',
  'revocation_endpoint',
  'introspection_endpoint',
  'end_session_endpoint',
  'pushed_authorization_request_endpoint',
  'device_authorization_endpoint',
  'response_types_supported',
  'response_modes_supported',
  'grant_types_supported',
  'code_challenge_methods_supported',
  'token_endpoint_auth_methods_supported',
  'subject_types_supported',
  'id_token_signing_alg_values_supported',
  'claims_supported',
  'client_id_metadata_document_supported',
  'authorization_response_iss_parameter_supported',
  'require_pushed_authorization_requests',
  // RFC 7591 registration, CIMD
  'client_id',
  'client_name',
  'client_uri',
  'redirect_uris',
  'grant_types',
  'response_types',
  'token_endpoint_auth_method',
  'application_type',
  'scope',
  'software_id',
  'software_version',
  'client_id_issued_at',
  'client_secret_expires_at',
  'logo_uri',
  // token and error responses (RFC 6749 §5.1, §5.2)
  'token_type',
  'expires_in',
  'error',
  'error_description',
  // JSON-RPC 2.0 framing and MCP initialize (MCP lifecycle)
  'jsonrpc',
  'id',
  'method',
  'params',
  'result',
  'code',
  'message',
  'protocolVersion',
  'capabilities',
  'clientInfo',
  'serverInfo',
  'name',
  'version',
  'io.modelcontextprotocol/protocolVersion',
  '_meta',
  'tools',
  'prompts',
  'resources',
  'logging',
  'listChanged',
  'subscribe',
  // MCP Inspector proxy envelope (flow/unwrap-proxy.ts)
  'url',
  'ok',
  'status',
  'statusText',
  'headers',
  'body',
  // MCP Inspector 2.x `/api/log` transport records (flow/unwrap-proxy.ts)
  'ts',
  'messages',
  'category',
  'fetchRequest',
  'fetchResponse',
])
/** Kept members whose strings are prose or names from the capture: judged, not copied. */
const NAME_KEYS = new Set(['client_name', 'name', 'version', 'software_version', 'statusText'])
const STANDIN_KEYS: Record<string, 'token' | 'refresh-token' | 'client-secret'> = {
  access_token: 'token',
  id_token: 'token',
  refresh_token: 'refresh-token',
  client_secret: 'client-secret',
}
const URLISH = /^[a-z][a-z0-9+.-]*:\/\//i

function keptString(key: string, v: string, p: Pseudonyms): string {
  if (key === 'error_description' || key === 'message') return projectQuote(v, new Set())
  if (key === 'error') return ERROR_CODES.has(v) || wordsKnown(v) ? v : p.of('error', v)
  if (key === 'body') return redactBodyText(v, p)
  if (
    key === 'method' ||
    key === 'jsonrpc' ||
    key === 'protocolVersion' ||
    key === 'io.modelcontextprotocol/protocolVersion'
  )
    return /^[\w/.:-]{1,80}$/.test(v) ? v : p.of('value', v)
  if (key === 'id' || key === 'code') return p.of(key, v)
  if (key === 'scope' || key.endsWith('_supported')) return /^[\w:./* -]{1,200}$/.test(v) ? v : p.of('value', v)
  if (NAME_KEYS.has(key)) return /^[\w .()@/+-]{1,60}$/.test(v) && !/[\w+/=-]{20,}/.test(v) ? v : p.of('name', v)
  if (URLISH.test(v)) return p.url(v)
  return key === 'client_id' || wordsKnown(v) ? v : p.of('value', v)
}

/** Typed stand-ins for what is not on the list: the shape stays, the content goes. */
function standIn(v: unknown, p: Pseudonyms): unknown {
  if (typeof v === 'string') return p.of('value', v)
  if (typeof v === 'number') return 0
  if (typeof v === 'boolean' || v === null) return v
  if (Array.isArray(v)) return v.map((x) => standIn(x, p))
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>).map(([k, x], i) => [`redacted-key-${i + 1}`, standIn(x, p)]),
  )
}

function redactJson(key: string | null, v: unknown, p: Pseudonyms): unknown {
  if (key !== null && key in STANDIN_KEYS)
    return typeof v === 'string' ? (STANDIN_KEYS[key] === 'token' ? p.token(v) : p.of(STANDIN_KEYS[key]!, v)) : null
  if (key === 'headers' && v && typeof v === 'object' && !Array.isArray(v)) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const r = typeof x === 'string' ? redactHeaderValue(k, x, p) : null
      if (r !== null) out[k] = r
    }
    return out
  }
  if (key !== null && !KEEP_JSON.has(key)) return standIn(v, p)
  if (v === null || typeof v === 'boolean' || typeof v === 'number') return v
  if (typeof v === 'string') return keptString(key ?? '', v, p)
  if (Array.isArray(v)) return v.map((x) => redactJson(key, x, p))
  const out: Record<string, unknown> = {}
  let dropped = 0
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (KEEP_JSON.has(k) || k in STANDIN_KEYS) out[k] = redactJson(k, x, p)
    else out[`redacted-key-${++dropped}`] = standIn(x, p)
  }
  return out
}

/** `text/event-stream` (WHATWG HTML §9.2): `data:` lines holding JSON keep their JSON-RPC skeleton. */
function redactEventStream(text: string, p: Pseudonyms): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const m = /^(data|event|id|retry):\s?(.*)$/.exec(line)
      if (!m) return line === '' || line.startsWith(':') ? '' : null
      if (m[1] === 'data') {
        try {
          return `data: ${JSON.stringify(redactJson(null, JSON.parse(m[2]!), p))}`
        } catch {
          return 'data: redacted'
        }
      }
      if (m[1] === 'event') return /^[\w.-]{1,40}$/.test(m[2]!) ? line : 'event: message'
      return m[1] === 'retry' ? line.replace(/[^\d:retry ]/g, '') : `id: ${p.of('event-id', m[2]!)}`
    })
    .filter((l): l is string => l !== null)
    .join('\n')
}

/** A request or response body: JSON walked, forms and event streams rewritten, anything else removed. */
export function redactBodyText(text: string, p: Pseudonyms, mimeType = ''): string {
  const t = text.trim()
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.stringify(redactJson(null, JSON.parse(t), p))
    } catch {
      /* not JSON: fall through */
    }
  }
  if (/event-stream/i.test(mimeType) || /^(event|data|id):/m.test(t)) return redactEventStream(text, p)
  if (/x-www-form-urlencoded/i.test(mimeType) || /^[\w.%-]+=[^\s]*(&[\w.%-]+=[^\s]*)*$/.test(t)) return p.params(t)
  return ''
}
