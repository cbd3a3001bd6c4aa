// Facts per flow (PRODUCT.md §5.4): what the server advertised, what the client sent, what the
// authorization server issued, and how the MCP server answered. Rules read only these facts.
import type { Exchange, ResourceParam, Revision } from '../types.ts'
import { decodeToken, type DecodedToken } from '../oauth/jwt.ts'
import { endpointOf, getAll, getParam, parseQuery, type Params } from '../oauth/params.ts'
import { identifierOfWellKnown } from '../oauth/well-known.ts'
import { detectClient, type ClientFingerprint } from '../knowledge/clients.ts'
import { vendorFor, type VendorProfile } from '../knowledge/authorization-servers.ts'
import { bearerToken, formParams, requestHeader, requestJson, responseJson } from './exchange-helpers.ts'
import type { FlowModel } from './model.ts'
import { detectRevision } from './revision.ts'

export interface MetadataDoc {
  ex: Exchange
  doc: Record<string, unknown>
}

export interface IssuedToken {
  entry: number
  source: 'token' | 'refresh' | 'presented'
  token: string
  decoded: DecodedToken
  idToken: string | null
  tokenType: string | null
}

export interface FlowFacts {
  flow: FlowModel
  revision: Revision
  revisionSource: string
  mcpServerUrl: string | null
  prm: MetadataDoc | null
  asMeta: MetadataDoc | null
  /** The identifier the AS metadata URL was built from (normally a PRM `authorization_servers` entry). */
  asMetaExpectedIssuer: string | null
  authorizeParams: Params | null
  clientId: string | null
  resource: { authorize: ResourceParam; token: ResourceParam; refresh: ResourceParam }
  tokens: IssuedToken[]
  vendor: VendorProfile | null
  client: ClientFingerprint | null
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)

function firstJson(list: Exchange[]): MetadataDoc | null {
  for (const ex of list) {
    const doc = ex.status === 200 ? responseJson(ex) : null
    if (doc) return { ex, doc }
  }
  return null
}

function resourceParam(params: Params | null, captured: boolean): ResourceParam {
  if (!captured || !params) return { state: 'not-captured' }
  const values = getAll(params, 'resource')
  return values.length ? { state: 'present', value: values[0]! } : { state: 'absent' }
}

function issuedTokens(f: FlowModel): IssuedToken[] {
  const out: IssuedToken[] = []
  const seen = new Set<string>()
  for (const [list, source] of [
    [f.tokens, 'token'],
    [f.refreshes, 'refresh'],
  ] as const) {
    for (const ex of list) {
      const body = responseJson(ex)
      const token = str(body?.access_token)
      if (!token || seen.has(token)) continue
      seen.add(token)
      out.push({
        entry: ex.entry,
        source,
        token,
        decoded: decodeToken(token),
        idToken: str(body?.id_token),
        tokenType: str(body?.token_type),
      })
    }
  }
  for (const ex of f.mcp) {
    const token = bearerToken(ex)
    if (!token || seen.has(token)) continue
    seen.add(token)
    out.push({
      entry: ex.entry,
      source: 'presented',
      token,
      decoded: decodeToken(token),
      idToken: null,
      tokenType: null,
    })
  }
  return out
}

export function flowFacts(f: FlowModel): FlowFacts {
  const { revision, source } = detectRevision(f)
  const prm = firstJson(f.prm)
  const asMeta = firstJson(f.asMetadata)
  const authorizeParams = f.authorize ? parseQuery(f.authorize.url) : null
  const tokenForm = f.tokens[0] ? formParams(f.tokens[0]) : null
  const refreshForm = f.refreshes[0] ? formParams(f.refreshes[0]) : null
  const registration = f.registrations.map((ex) => responseJson(ex)).find((d) => d && str(d.client_id))
  const clientId =
    (authorizeParams && getParam(authorizeParams, 'client_id')) ??
    (tokenForm && getParam(tokenForm, 'client_id')) ??
    str(registration?.client_id) ??
    null
  const redirect = authorizeParams ? getParam(authorizeParams, 'redirect_uri') : undefined
  const regRequest = f.registrations.map((ex) => requestJson(ex)).find((d) => d)
  const mcpServerUrl =
    f.challenges[0]?.url ??
    f.mcp[0]?.url ??
    str(prm?.doc.resource) ??
    (authorizeParams ? getParam(authorizeParams, 'resource') : undefined) ??
    null
  const issuer = str(asMeta?.doc.issuer)
  return {
    flow: f,
    revision,
    revisionSource: source,
    mcpServerUrl: mcpServerUrl ? endpointOf(mcpServerUrl) : null,
    prm,
    asMeta,
    asMetaExpectedIssuer: asMeta ? identifierOfWellKnown(asMeta.ex.url) : null,
    authorizeParams,
    clientId,
    resource: {
      authorize: resourceParam(authorizeParams, !!f.authorize),
      token: resourceParam(tokenForm, f.tokens.length > 0 && f.tokens[0]!.missing !== 'request'),
      refresh: resourceParam(refreshForm, f.refreshes.length > 0 && f.refreshes[0]!.missing !== 'request'),
    },
    tokens: issuedTokens(f),
    vendor: vendorFor(
      issuer,
      f.authorize?.url,
      f.tokens[0]?.url,
      ...(Array.isArray(prm?.doc.authorization_servers) ? prm.doc.authorization_servers.map(String) : []),
    ),
    client: detectClient({
      redirectUris: redirect
        ? [redirect]
        : Array.isArray(regRequest?.redirect_uris)
          ? regRequest.redirect_uris.map(String)
          : [],
      clientIds: clientId ? [clientId] : [],
      clientNames: str(regRequest?.client_name) ? [str(regRequest?.client_name)!] : [],
      userAgents: [...f.challenges, ...f.mcp].map((ex) => requestHeader(ex, 'user-agent') ?? '').filter(Boolean),
    }),
  }
}
