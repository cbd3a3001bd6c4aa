// The probe's request plan (issue 15 item 1): read-only, bounded, in the order a client discovers.
// Each stage is a pure function of what the previous stages saw, so the plan is data and testable.
import type { Header } from '../types.ts'
import { endpointOf, originOf, splitUrl } from '../oauth/params.ts'
import { OAUTH_AS_SEGMENT, OIDC_SEGMENT, PRM_SEGMENT, prmUrlFor } from '../oauth/well-known.ts'
import { bearerChallenge } from '../oauth/www-authenticate.ts'
import { parseJsonObject } from '../ingest/index.ts'
import type { ProbeRequest, ProbeStepRecord } from './types.ts'

/** At most this many requests per probe: enough for two issuers' every metadata form. */
export const MAX_PROBE_REQUESTS = 20
/** MCP Inspector's web UI origin: the browser-based client people most often test with. */
export const DEFAULT_PROBE_ORIGIN = 'http://localhost:6274'
const CLIENT_INFO = { name: 'mcp-oauth-har-probe', version: '1' }

const h = (name: string, value: string): Header => ({ name, value })
const jsonPost = (origin: string, extra: Header[]): Header[] => [
  h('content-type', 'application/json'),
  h('accept', 'application/json, text/event-stream'),
  h('origin', origin),
  ...extra,
]
const preflightOf = (origin: string, headers: string): Header[] => [
  h('origin', origin),
  h('access-control-request-method', 'POST'),
  h('access-control-request-headers', headers),
]

/** Stage 1: the unauthenticated MCP requests that should earn a 401, and the browser's preflight. */
export function mcpRequests(mcpUrl: string, origin: string): ProbeRequest[] {
  // 2026-07-28 is stateless: no initialize; MCP-Protocol-Version and Mcp-Method on every POST (SH-0728).
  const meta = { 'io.modelcontextprotocol/protocolVersion': '2026-07-28' }
  const stateless = { jsonrpc: '2.0', id: 1, method: 'tools/list', params: { _meta: meta } }
  const initParams = { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: CLIENT_INFO }
  const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: initParams }
  const versioned = [h('mcp-protocol-version', '2026-07-28'), h('mcp-method', 'tools/list')]
  return [
    {
      step: 'mcp-2026',
      method: 'POST',
      url: mcpUrl,
      headers: jsonPost(origin, versioned),
      body: JSON.stringify(stateless),
      why: 'unauthenticated MCP request, 2026-07-28 form',
    },
    {
      step: 'mcp-initialize',
      method: 'POST',
      url: mcpUrl,
      headers: jsonPost(origin, []),
      body: JSON.stringify(initialize),
      why: 'unauthenticated initialize, 2025-11-25 form',
    },
    {
      step: 'mcp-preflight',
      method: 'OPTIONS',
      url: mcpUrl,
      body: null,
      why: 'CORS preflight a browser sends before the MCP POST',
      headers: preflightOf(origin, 'authorization,content-type,mcp-protocol-version'),
    },
  ]
}

function getJson(step: ProbeRequest['step'], url: string, origin: string, why: string): ProbeRequest {
  return { step, method: 'GET', url, headers: [h('accept', 'application/json'), h('origin', origin)], body: null, why }
}

const isMcpStep = (s: ProbeStepRecord) => s.request.step === 'mcp-2026' || s.request.step === 'mcp-initialize'

/** The `resource_metadata` URLs the 401 challenges named. */
export function challengePointers(done: readonly ProbeStepRecord[]): string[] {
  const out: string[] = []
  for (const s of done.filter(isMcpStep)) {
    const values = s.response.headers.filter((x) => x.name === 'www-authenticate').map((x) => x.value)
    const ptr = values.length ? bearerChallenge(values)?.params.resource_metadata : undefined
    if (ptr && originOf(ptr) && !out.includes(ptr)) out.push(ptr)
  }
  return out
}

/** Stage 2: protected resource metadata at the challenge's pointer, the path-inserted and the root URL
 * (RFC 9728 §3.1). */
export function prmRequests(mcpUrl: string, origin: string, done: readonly ProbeStepRecord[]): ProbeRequest[] {
  const out: ProbeRequest[] = []
  const add = (step: ProbeRequest['step'], url: string | null, why: string) => {
    if (url && !out.some((r) => endpointOf(r.url) === endpointOf(url))) out.push(getJson(step, url, origin, why))
  }
  for (const ptr of challengePointers(done)) add('prm-pointer', ptr, 'the PRM URL the 401 challenge names')
  add('prm-path', prmUrlFor(mcpUrl), 'the path-inserted PRM URL (RFC 9728 §3.1)')
  const root = originOf(mcpUrl)
  add('prm-root', root ? root + PRM_SEGMENT : null, 'the root PRM URL')
  return out
}

/** RFC 8414 §3.1 and OIDC Discovery §4, in the order MCP clients try them (mcp-oauth-rules.md §2). */
export function asMetadataUrls(issuer: string): string[] {
  const origin = originOf(issuer)
  if (!origin) return []
  const path = (splitUrl(endpointOf(issuer))?.path ?? '').replace(/\/$/, '')
  if (!path) return [origin + OAUTH_AS_SEGMENT, origin + OIDC_SEGMENT]
  return [origin + OAUTH_AS_SEGMENT + path, origin + OIDC_SEGMENT + path, origin + path + OIDC_SEGMENT]
}

const docOf = (s: ProbeStepRecord) => (s.response.status === 200 ? parseJsonObject(s.response.body) : null)

/** Issuers listed in every protected resource metadata document that answered. */
export function advertisedIssuers(done: readonly ProbeStepRecord[]): string[] {
  const out: string[] = []
  for (const s of done.filter((x) => x.request.step.startsWith('prm-'))) {
    const list = docOf(s)?.authorization_servers
    if (Array.isArray(list)) for (const v of list) if (typeof v === 'string' && !out.includes(v)) out.push(v)
  }
  return out
}

/** Stage 3: AS metadata for each advertised issuer at every form; without PRM, the 2025-03-26
 * fallback of metadata at the MCP server's own origin. */
export function asRequests(mcpUrl: string, origin: string, done: readonly ProbeStepRecord[]): ProbeRequest[] {
  const issuers = advertisedIssuers(done).slice(0, 3)
  if (!issuers.length) {
    const own = originOf(mcpUrl)
    const why = "AS metadata at the MCP server's origin (2025-03-26 fallback)"
    return own ? [getJson('legacy-as-metadata', own + OAUTH_AS_SEGMENT, origin, why)] : []
  }
  return issuers.flatMap((iss) =>
    asMetadataUrls(iss).map((u) => getJson('as-metadata', u, origin, `AS metadata for issuer ${iss}`)),
  )
}

/** The first AS metadata document that answered 200 JSON. */
export function asMetadataDoc(done: readonly ProbeStepRecord[]): Record<string, unknown> | null {
  for (const s of done)
    if (s.request.step === 'as-metadata' || s.request.step === 'legacy-as-metadata') {
      const doc = docOf(s)
      if (doc) return doc
    }
  return null
}

/** Stage 4: what a browser-based client needs from the AS endpoints, and DCR only when asked. */
export function endpointRequests(origin: string, done: readonly ProbeStepRecord[], register: boolean): ProbeRequest[] {
  const doc = asMetadataDoc(done)
  if (!doc) return []
  const preflight = (step: ProbeRequest['step'], url: string, why: string): ProbeRequest => ({
    step,
    method: 'OPTIONS',
    url,
    body: null,
    why,
    headers: preflightOf(origin, 'content-type'),
  })
  const out: ProbeRequest[] = []
  const url = (v: unknown) => (typeof v === 'string' && originOf(v) ? v : null)
  const token = url(doc.token_endpoint)
  if (token) out.push(preflight('token-preflight', token, 'CORS preflight of the token endpoint'))
  const reg = url(doc.registration_endpoint)
  if (reg) out.push(preflight('registration-preflight', reg, 'CORS preflight of the registration endpoint'))
  if (reg && register) {
    // What a desktop MCP client registers (A-0728: application_type, refresh_token among the grants).
    const body = {
      client_name: 'mcp-oauth-har probe',
      redirect_uris: ['http://127.0.0.1:33418/callback'],
      application_type: 'native',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    }
    const headers = [h('content-type', 'application/json'), h('accept', 'application/json'), h('origin', origin)]
    const why = 'dynamic client registration (--register)'
    out.push({ step: 'registration', method: 'POST', url: reg, headers, body: JSON.stringify(body), why })
  }
  return out
}
