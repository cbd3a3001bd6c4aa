// Artefacts → one flow of exchanges rebuilt from the text. Each exchange carries only what the
// text proves (`missing` marks the side it does not show), so rules judge what is there and say
// "unknown" about the rest. Entry numbers are artefact numbers.
import type { Exchange, Header } from '../types.ts'
import { parseJsonObject } from '../ingest/index.ts'
import { endpointOf, getParam, parseForm, parseQuery } from '../oauth/params.ts'
import { prmUrlFor } from '../oauth/well-known.ts'
import { bearerChallenge } from '../oauth/www-authenticate.ts'
import { emptyFlow, type FlowModel } from '../flow/model.ts'
import type { Artefact } from './artefacts.ts'
import { observedToken } from '../oauth/observed-token.ts'

const h = (name: string, value: string): Header => ({ name, value })

function exchange(a: Artefact, over: Partial<Exchange>): Exchange {
  return { entry: a.entry, carrier: 'text', startedMs: null, method: 'GET', url: '', status: 0, requestHeaders: [], responseHeaders: [], requestBody: null, responseMimeType: 'application/json', responseContent: null, responseEncoding: null, redirectURL: null, resourceType: null, error: null, ...over }
}

const str = (v: unknown) => (typeof v === 'string' ? v : null)

/** The MCP endpoint the text names: a URL ending in /mcp or /sse, or the resource a log expected. */
function mcpUrl(artefacts: Artefact[]): string {
  const expected = artefacts.find((a) => a.kind === 'audience-mismatch')?.data.expected
  if (typeof expected === 'string' && /^https?:\/\//.test(expected)) return expected
  const url = artefacts.find((a) => a.kind === 'url' && /\/(mcp|sse)\/?$/.test(endpointOf(String(a.data.url))))
  return url ? endpointOf(String(url.data.url)) : 'https://mcp-server.invalid/mcp'
}

export function buildTextFlow(artefacts: Artefact[]): FlowModel {
  const f = emptyFlow('flow-1')
  const server = mcpUrl(artefacts)
  let rejectedToken: string | null = null
  for (const a of artefacts) {
    switch (a.kind) {
      case 'authorize-url':
        f.authorize ??= exchange(a, { url: String(a.data.url), resourceType: 'document' })
        break
      case 'callback-url': {
        const url = String(a.data.url)
        f.callback ??= { entry: a.entry, url, params: parseQuery(url), fromLocation: false, ex: exchange(a, { url }) }
        break
      }
      case 'token-form': {
        const body = String(a.data.body)
        const ex = exchange(a, { method: 'POST', url: 'https://authorization-server.invalid/token', requestHeaders: [h('content-type', 'application/x-www-form-urlencoded')], requestBody: body, missing: 'response' })
        if (getParam(parseForm(body), 'grant_type') === 'refresh_token') f.refreshes.push(ex)
        else f.tokens.push(ex)
        break
      }
      case 'www-authenticate': {
        const value = String(a.data.value)
        const challenge = bearerChallenge([value])
        const ex = exchange(a, { method: 'POST', url: server, status: 401, responseHeaders: [h('www-authenticate', value)], missing: 'request' })
        if (challenge?.params.error === 'invalid_token' || challenge?.params.error === 'insufficient_scope') f.mcp.push({ ...ex, status: challenge.params.error === 'insufficient_scope' ? 403 : 401 })
        else f.challenges.push(ex)
        break
      }
      case 'audience-mismatch': {
        rejectedToken = observedToken({ aud: a.data.aud })
        f.mcp.push(exchange(a, { method: 'POST', url: server, status: 401, requestHeaders: [h('authorization', `Bearer ${rejectedToken}`)], responseHeaders: [h('www-authenticate', 'Bearer error="invalid_token", error_description="audience mismatch"')] }))
        break
      }
      case 'jwt':
        f.mcp.push(exchange(a, { method: 'POST', url: server, requestHeaders: [h('authorization', `Bearer ${String(a.data.token)}`)], missing: 'response' }))
        break
      case 'json':
        addJson(f, a, server)
        break
    }
  }
  return f
}

function addJson(f: FlowModel, a: Artefact, server: string): void {
  const text = String(a.data.json)
  const doc = parseJsonObject(text)
  if (!doc) return
  const ok = (url: string) => exchange(a, { url, status: 200, responseContent: text, responseHeaders: [h('content-type', 'application/json')], missing: 'request' })
  const resource = str(doc.resource)
  if (resource && (Array.isArray(doc.authorization_servers) || doc.bearer_methods_supported)) {
    f.prm.push(ok(prmUrlFor(resource) ?? `${server}/.well-known/oauth-protected-resource`))
  } else if (str(doc.issuer) && (doc.authorization_endpoint || doc.token_endpoint)) {
    const issuer = str(doc.issuer)!.replace(/\/$/, '')
    const u = /^(https?:\/\/[^/]+)(.*)$/.exec(issuer)
    f.asMetadata.push(ok(u ? `${u[1]}/.well-known/oauth-authorization-server${u[2]}` : issuer))
  } else if (str(doc.access_token)) {
    f.mcp.push(exchange(a, { method: 'POST', url: server, requestHeaders: [h('authorization', `Bearer ${str(doc.access_token)}`)], missing: 'response' }))
  } else if (str(doc.client_id) && Array.isArray(doc.redirect_uris)) {
    f.registrations.push(exchange(a, { method: 'POST', url: 'https://authorization-server.invalid/register', status: 201, responseContent: text, missing: 'request' }))
  } else if (str(doc.error)) {
    const error = str(doc.error)!
    if (error === 'invalid_token' || error === 'insufficient_scope') return // said by the MCP server: covered by its log line or challenge
    f.tokens.push(exchange(a, { method: 'POST', url: 'https://authorization-server.invalid/token', status: 400, responseContent: text, missing: 'request' }))
  }
}
