// Bodies and headers of the redacted HAR: JSON members are kept only where their names are on
// the allow-list (metadata, registration, token and error fields, JSON-RPC framing); everything
// else keeps its shape with stand-in values.
import { Pseudonyms, redactParam, redactParamString, redactUrl } from './redact-values.ts'
import { scrubFreeText } from '../scrub/scrub.ts'

const KEEP_JSON = new Set([
  // RFC 9728 protected resource metadata
  'resource', 'authorization_servers', 'scopes_supported', 'bearer_methods_supported', 'resource_name', 'resource_documentation',
  // RFC 8414 / OIDC metadata
  'issuer', 'authorization_endpoint', 'token_endpoint', 'registration_endpoint', 'jwks_uri', 'userinfo_endpoint', 'revocation_endpoint', 'introspection_endpoint',
  'response_types_supported', 'response_modes_supported', 'grant_types_supported', 'code_challenge_methods_supported', 'token_endpoint_auth_methods_supported',
  'subject_types_supported', 'id_token_signing_alg_values_supported', 'client_id_metadata_document_supported', 'authorization_response_iss_parameter_supported',
  // RFC 7591 registration, CIMD
  'client_id', 'client_name', 'client_uri', 'redirect_uris', 'grant_types', 'response_types', 'token_endpoint_auth_method', 'application_type', 'scope', 'software_id', 'client_id_issued_at', 'client_secret_expires_at', 'logo_uri',
  // token and error responses
  'token_type', 'expires_in', 'error',
  // JSON-RPC framing and MCP version negotiation
  'jsonrpc', 'id', 'method', 'protocolVersion', 'io.modelcontextprotocol/protocolVersion', 'params', 'result', '_meta',
  // MCP Inspector proxy envelope
  'url', 'ok', 'status', 'statusText',
])
const HEADER_KEEP = new Set(['content-type', 'content-length', 'accept', 'accept-encoding', 'accept-language', 'cache-control', 'pragma', 'expires', 'vary', 'date', 'etag', 'last-modified', 'connection', 'transfer-encoding', 'content-encoding', 'origin', 'host', ':authority', ':method', ':scheme', ':status', 'user-agent', 'server', 'mcp-protocol-version', 'mcp-method', 'mcp-name', 'upgrade-insecure-requests', 'x-content-type-options', 'strict-transport-security'])
const HEADER_URL = new Set(['location', 'content-location', 'referer', ':path'])

export function redactHeaderValue(name: string, value: string, p: Pseudonyms): string {
  const n = name.toLowerCase()
  if (HEADER_KEEP.has(n) || n.startsWith('access-control-') || n.startsWith('sec-')) return value
  if (HEADER_URL.has(n)) return redactUrl(value, p)
  if (n === 'authorization' || n === 'proxy-authorization') {
    const m = /^\s*(\S+)\s+(\S+)/.exec(value)
    if (!m) return 'redacted'
    return /^(bearer|dpop)$/i.test(m[1]!) ? `${m[1]} ${p.token(m[2]!)}` : `${m[1]} ${p.of('credentials', m[2]!)}`
  }
  if (n === 'www-authenticate') {
    return value
      .replace(/(resource_metadata=")([^"]*)"/gi, (_, a: string, u: string) => `${a}${redactUrl(u, p)}"`)
      .replace(/(error_description=")((?:[^"\\]|\\.)*)"/gi, (_, a: string, d: string) => `${a}${scrubFreeText(d).replace(/"/g, "'")}"`)
  }
  if (n === 'cookie' || n === 'set-cookie') return 'redacted'
  return p.of(n === 'mcp-session-id' ? 'session' : 'header', value)
}

function redactHeaderMap(v: Record<string, unknown>, p: Pseudonyms): Record<string, unknown> {
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? redactHeaderValue(k, x, p) : Array.isArray(x) ? x.map((y) => (typeof y === 'string' ? redactHeaderValue(k, y, p) : y)) : x]))
}

function redactJsonValue(key: string | null, v: unknown, p: Pseudonyms, keepAll: boolean): unknown {
  if (v === null || typeof v === 'boolean') return v
  if (key === 'access_token' || key === 'id_token') return typeof v === 'string' ? p.token(v) : null
  if (key === 'refresh_token') return typeof v === 'string' ? p.of('refresh-token', v) : null
  if (key === 'error_description') return typeof v === 'string' ? scrubFreeText(v) : null
  if (key === 'headers' && typeof v === 'object' && !Array.isArray(v)) return redactHeaderMap(v as Record<string, unknown>, p)
  if (key === 'body' && typeof v === 'string') return redactBodyText(v, p)
  const keep = keepAll || (key !== null && KEEP_JSON.has(key))
  if (Array.isArray(v)) return v.map((x) => redactJsonValue(null, x, p, keep))
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, redactJsonValue(k, x, p, false)]))
  if (typeof v === 'number') return keep ? v : 0
  if (typeof v !== 'string') return null
  if (!keep) return redactParam(key ?? 'value', v, p)
  return key === 'url' || key === 'redirect_uris' ? redactUrl(v, p) : v
}

/** A request or response body: JSON walked, forms rewritten, anything else removed. */
export function redactBodyText(text: string, p: Pseudonyms, mimeType = ''): string {
  const t = text.trim()
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.stringify(redactJsonValue(null, JSON.parse(t), p, false))
    } catch {
      /* not JSON: fall through */
    }
  }
  if (/x-www-form-urlencoded/i.test(mimeType) || /^[\w.%-]+=[^\s]*(&[\w.%-]+=[^\s]*)*$/.test(t)) return redactParamString(t, p)
  return ''
}
