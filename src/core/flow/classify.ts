// Each exchange → the step it plays. Endpoints advertised by metadata in the capture come
// first, URL and body shape second (PRODUCT.md §5.2).
import type { Exchange } from '../types.ts'
import { endpointOf, getParam, hasEndpoint, hasParam, type Params } from '../oauth/params.ts'
import { isAsMetadataUrl, isPrmUrl } from '../oauth/well-known.ts'
import { challengeOf, formParams, queryParams, requestHeader, requestJson, responseJson } from './exchange-helpers.ts'
import { OAUTH_QUERY, urlHints, WELL_KNOWN_URL } from './url-hints.ts'

export type Kind =
  | 'mcp'
  | 'prm'
  | 'as-metadata'
  | 'registration'
  | 'cimd'
  | 'authorize'
  | 'callback'
  | 'token'
  | 'refresh'
  | 'preflight'
  | 'other'

export interface Advertised {
  prmPointers: Set<string>
  authorizationEndpoints: Set<string>
  tokenEndpoints: Set<string>
  registrationEndpoints: Set<string>
  resources: Set<string>
  redirectUris: Set<string>
  cimdUrls: Set<string>
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null
}

export function emptyAdvertised(): Advertised {
  return {
    prmPointers: new Set(),
    authorizationEndpoints: new Set(),
    tokenEndpoints: new Set(),
    registrationEndpoints: new Set(),
    resources: new Set(),
    redirectUris: new Set(),
    cimdUrls: new Set(),
  }
}

/** What one exchange advertises; the streaming reader calls this entry by entry. */
export function addAdvertised(a: Advertised, ex: Exchange): void {
  const pointer = ex.status === 401 || ex.status === 403 ? challengeOf(ex)?.params.resource_metadata : undefined
  if (pointer) a.prmPointers.add(endpointOf(pointer))
  const url = ex.url
  const pointedAt = hasEndpoint(a.prmPointers, url)
  // Only URLs with a well-known segment or OAuth query names need parsing.
  if (!(urlHints(url) & (WELL_KNOWN_URL | OAUTH_QUERY)) && !pointedAt) return
  if (pointedAt || isPrmUrl(url)) {
    const resource = str(responseJson(ex)?.resource)
    if (resource) a.resources.add(resource)
  } else if (isAsMetadataUrl(url)) {
    const doc = responseJson(ex)
    const add = (set: Set<string>, v: unknown) => {
      const s = str(v)
      if (s) set.add(endpointOf(s))
    }
    add(a.authorizationEndpoints, doc?.authorization_endpoint)
    add(a.tokenEndpoints, doc?.token_endpoint)
    add(a.registrationEndpoints, doc?.registration_endpoint)
  }
  const q = queryParams(ex)
  if (hasParam(q, 'response_type') && hasParam(q, 'client_id')) {
    const redirect = getParam(q, 'redirect_uri')
    if (redirect) a.redirectUris.add(endpointOf(redirect))
    const clientId = getParam(q, 'client_id')
    if (clientId && /^https:\/\//i.test(clientId)) a.cimdUrls.add(clientId)
  }
}

export function isJsonRpc(ex: Exchange): boolean {
  if (ex.method !== 'POST' || !ex.requestBody) return false
  const body = ex.requestBody.trimStart()
  return (body.startsWith('{') || body.startsWith('[')) && body.includes('"jsonrpc"')
}

const NO_PARAMS: Params = []

/** `set.has(value)`; most sets are empty, and then the value's hash is never computed. */
function holds(set: Set<string>, value: string): boolean {
  return set.size > 0 && set.has(value)
}

export function classify(ex: Exchange, a: Advertised, mcpEndpoints: Set<string>): Kind {
  if (ex.method === 'OPTIONS') return 'preflight'
  const url = ex.url
  const hints = urlHints(url)
  // Metadata URLs all hold /.well-known/: most exchanges are never cut to their endpoint.
  const wellKnown = (hints & WELL_KNOWN_URL) !== 0
  if (hasEndpoint(a.prmPointers, url) || (wellKnown && isPrmUrl(url))) return 'prm'
  if (wellKnown && isAsMetadataUrl(url)) return 'as-metadata'
  const q = hints ? queryParams(ex) : NO_PARAMS
  if (
    hasEndpoint(a.authorizationEndpoints, url) ||
    (hasParam(q, 'response_type') && hasParam(q, 'client_id') && ex.method === 'GET')
  ) {
    if (!hasParam(q, 'code') || hasParam(q, 'response_type')) return 'authorize'
  }
  if (ex.method === 'POST') {
    const form = formParams(ex)
    const grant = getParam(form, 'grant_type') ?? str(requestJson(ex)?.grant_type)
    if (grant === 'refresh_token') return 'refresh'
    if (grant || hasEndpoint(a.tokenEndpoints, url)) return 'token'
    if (hasEndpoint(a.registrationEndpoints, url)) return 'registration'
    const json = requestJson(ex)
    if (json && Array.isArray(json.redirect_uris) && /regist/i.test(endpointOf(url))) return 'registration'
  }
  if (ex.method === 'GET' && holds(a.cimdUrls, url)) return 'cimd'
  if ((hasParam(q, 'code') || hasParam(q, 'error')) && (hasEndpoint(a.redirectUris, url) || hasParam(q, 'state')))
    return 'callback'
  if (isJsonRpc(ex)) return 'mcp'
  if (hasEndpoint(mcpEndpoints, url)) {
    if (ex.method !== 'GET') return 'mcp'
    if (/text\/event-stream/i.test(requestHeader(ex, 'accept') ?? '')) return 'mcp'
  }
  // A 401 with a Bearer challenge pointing at PRM is an MCP server asking for OAuth.
  if (ex.status === 401 && a.prmPointers.size && challengeOf(ex)?.params.resource_metadata) return 'mcp'
  return 'other'
}

export interface Classified {
  ex: Exchange
  kind: Kind
}

/** What a whole capture advertises, and the endpoints where it speaks MCP (JSON-RPC or a resource). */
export interface Known {
  advertised: Advertised
  mcpEndpoints: Set<string>
}

export function collectKnown(exchanges: readonly Exchange[]): Known {
  // One pass for both (a pass over a large capture costs its memory reads more than its work).
  const advertised = emptyAdvertised()
  const rpcEndpoints: string[] = []
  for (const ex of exchanges) {
    addAdvertised(advertised, ex)
    if (isJsonRpc(ex)) rpcEndpoints.push(endpointOf(ex.url))
  }
  return { advertised, mcpEndpoints: new Set([...[...advertised.resources].map(endpointOf), ...rpcEndpoints]) }
}

/** `known`: what `collectKnown(exchanges)` returns, when the caller already collected it. */
export function classifyAll(exchanges: readonly Exchange[], known = collectKnown(exchanges)): Classified[] {
  return exchanges.map((ex) => ({ ex, kind: classify(ex, known.advertised, known.mcpEndpoints) }))
}
