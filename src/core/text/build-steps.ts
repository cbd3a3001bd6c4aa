// The steps of a flow rebuilt from claims: a status said of a step, a JSON document, an error
// body, `resource` sent or not. Each adds an exchange only when the text shows that step, and
// limits what it proves through the builder's trust map.
import type { Exchange, Header } from '../types.ts'
import { parseJsonObject } from '../ingest/index.ts'
import { parseQuery } from '../oauth/params.ts'
import { prmUrlFor } from '../oauth/well-known.ts'
import type { FlowModel } from '../flow/model.ts'
import type { Claim, Step } from './claims.ts'
import { stated, type Trust } from './trust.ts'
import { AS, exchange, h } from './text-exchange.ts'
import { observedToken } from './observed-token.ts'

export interface Builder {
  f: FlowModel
  trust: Map<number, Trust>
  claims: readonly Claim[]
  server: string
  mcpUrl: string | null
  only(c: Claim, rules: string[]): void
  abs(c: Claim, fallback: string): string
  errorBody(step: Claim['step']): string | null
  challenge(c: Claim, status: number, headers: Header[], request?: Header[]): unknown
}

export function addStatus(b: Builder, c: Claim, status: number | null): void {
  if (status === null) return
  const url = (fallback: string) => b.abs(c, fallback)
  const failing = status >= 400
  switch (c.step) {
    case 'discovery':
      if (status === 401 || status === 403) b.challenge(c, status, [])
      break
    case 'mcp':
      if (status === 401 || status === 403) b.challenge(c, status, [])
      break
    case 'prm':
      if (!failing) break // a 200 the text does not quote shows nothing to judge
      b.f.prm.push(exchange(c, { url: c.data.url ? url(b.server) : prmUrlFor(b.server) ?? b.server, status, missing: 'request' }))
      b.only(c, ['prm.http-status'])
      break
    case 'as-metadata':
      if (!failing) break
      b.f.asMetadata.push(exchange(c, { url: c.data.url ? url(AS) : `${AS}/.well-known/oauth-authorization-b.server`, status, missing: 'request' }))
      b.only(c, ['asmeta.http-status'])
      break
    case 'registration':
      if (!failing) break
      b.f.registrations.push(exchange(c, { method: 'POST', url: url(AS), status, responseContent: b.errorBody('registration'), missing: 'request' }))
      b.only(c, ['dcr.response.status'])
      break
    case 'authorize':
      if (failing && !b.f.authorize) {
        b.f.authorize = exchange(c, { url: url(AS), status, resourceType: 'document', responseMimeType: 'text/html', responseContent: b.errorBody('authorize') })
        b.only(c, ['authorize.as-error-page'])
      }
      break
    case 'token':
    case 'refresh': {
      const list = c.step === 'token' ? b.f.tokens : b.f.refreshes
      if (list.some((ex) => ex.status === status)) break
      list.push(exchange(c, { method: 'POST', url: url(AS), status, responseContent: failing ? b.errorBody(c.step) : null, missing: failing ? 'request' : 'response' }))
      b.only(c, [c.step === 'token' ? 'token.response.error' : 'refresh.response.error'])
      break
    }
  }
}

export function addJson(b: Builder, c: Claim): void {
  const text = String(c.data.json)
  const doc = parseJsonObject(text)
  if (!doc) return
  const ok = (url: string) => exchange(c, { url, status: 200, responseContent: text, responseHeaders: [h('content-type', 'application/json')], missing: 'request' })
  switch (c.data.shape) {
    case 'prm':
      b.f.prm.push(ok(prmUrlFor(b.mcpUrl ?? String(doc.resource)) ?? `${b.server}/.well-known/oauth-protected-resource`))
      break
    case 'as-metadata': {
      const issuer = String(doc.issuer).replace(/\/$/, '')
      const u = /^(https?:\/\/[^/]+)(.*)$/.exec(issuer)
      b.f.asMetadata.push(ok(u ? `${u[1]}/.well-known/oauth-authorization-b.server${u[2]}` : issuer))
      break
    }
    case 'token-response':
      b.f.tokens.push(exchange(c, { method: 'POST', url: `${AS}/token`, status: 200, responseContent: text, missing: 'request' }))
      break
    case 'registration-response':
      b.f.registrations.push(exchange(c, { method: 'POST', url: `${AS}/register`, status: 201, responseContent: text, missing: 'request' }))
      break
    case 'error':
      addError(b, c, text)
      break
    case 'token-claims': {
      // The payload stands for the token the client presented: the audience rules judge its claims.
      const rejected = b.claims.some((x) => x.step === 'mcp' && (x.data.status === 401 || x.kind === 'known-error'))
      b.f.mcp.push(exchange(c, { method: 'POST', url: b.server, status: rejected ? 401 : 0, requestHeaders: [h('authorization', `Bearer ${observedToken(doc)}`)], missing: rejected ? undefined : 'response' }))
      b.only(c, ['aud.*', 'at.*', 'mcp.401.after-token', 'mcp.server.accepts-wrong-aud'])
      break
    }
  }
}

export function addError(b: Builder, c: Claim, body: string): void {
  const code = String(c.data.code ?? '')
  if (code === 'invalid_token' || code === 'insufficient_scope') {
    // RFC 6750 §3.1: the MCP server's answer to a request that carried a token, whoever quotes it.
    if (b.f.mcp.some((ex) => ex.status === 401 || ex.status === 403)) return
    const status = code === 'insufficient_scope' ? 403 : 401
    b.f.mcp.push(exchange(c, { method: 'POST', url: b.server, status, requestHeaders: [h('authorization', 'Bearer token-not-shown-in-text')], responseHeaders: [h('www-authenticate', `Bearer error="${code}"`)], responseContent: body }))
    b.only(c, ['mcp.*'])
    return
  }
  const target = c.step === 'registration' ? b.f.registrations : c.step === 'token' ? b.f.tokens : c.step === 'refresh' ? b.f.refreshes : null
  if (target) {
    const open = target.find((ex) => ex.status >= 400 && !ex.responseContent)
    if (open) open.responseContent = body
    else if (!target.some((ex) => ex.status >= 400)) {
      target.push(exchange(c, { method: 'POST', url: `${AS}/${c.step === 'registration' ? 'register' : 'token'}`, status: 400, responseContent: body, missing: 'request' }))
      b.only(c, [c.step === 'registration' ? 'dcr.response.status' : c.step === 'token' ? 'token.response.error' : 'refresh.response.error'])
    }
  } else if ((c.step === 'callback' || c.step === 'authorize') && !b.f.callback) {
    const url = `https://client.invalid/callback?error=${encodeURIComponent(code)}`
    b.f.callback = { entry: c.entry, url, params: parseQuery(url), fromLocation: false, ex: exchange(c, { url }) }
    b.only(c, ['callback.error'])
  }
}

export function addResource(b: Builder, c: Claim): void {
  const value = c.kind === 'resource-sent' ? String(c.data.value) : null
  if (c.step === 'authorize' && !b.f.authorize) {
    b.f.authorize = exchange(c, { url: `${AS}/authorize${value ? `?resource=${encodeURIComponent(value)}` : ''}`, resourceType: 'document', missing: 'response' })
    // A placeholder says a resource was sent, not which: it proves nothing about its value.
    b.only(c, c.data.placeholder ? [] : value ? ['resource.authorize.*'] : ['resource.authorize.missing'])
  } else if (c.step === 'token' || c.step === 'refresh') {
    const list = c.step === 'token' ? b.f.tokens : b.f.refreshes
    const body = `grant_type=${c.step === 'token' ? 'authorization_code' : 'refresh_token'}${value ? `&resource=${encodeURIComponent(value)}` : ''}`
    const open = list.find((ex) => ex.missing === 'request')
    if (open) { open.requestBody = body; open.missing = undefined; stated(b.trust, open.entry, c.step === 'token' ? 'resource.token.*' : 'refresh.resource.*') }
    else if (!list.length) {
      list.push(exchange(c, { method: 'POST', url: `${AS}/token`, requestBody: body, requestHeaders: [h('content-type', 'application/x-www-form-urlencoded')], missing: 'response' }))
      b.only(c, c.step === 'token' ? ['resource.token.*'] : ['refresh.resource.*'])
    }
  }
}

/** A browser fetch the CORS policy blocked: in a HAR it has no response (status 0), which is what the text shows. */
export function addBlocked(b: Builder, c: Claim): void {
  const lists: Partial<Record<Step, [Exchange[], string]>> = { prm: [b.f.prm, 'prm.http-status'], 'as-metadata': [b.f.asMetadata, 'asmeta.http-status'], registration: [b.f.registrations, 'dcr.response.status'], token: [b.f.tokens, 'token.response.error'] }
  const target = c.step ? lists[c.step] : undefined
  if (!target) return
  const post = c.step === 'token' || c.step === 'registration'
  target[0].push(exchange(c, { method: post ? 'POST' : 'GET', url: String(c.data.url), status: 0, error: 'blocked by CORS policy', requestHeaders: [h('origin', 'https://client.invalid')] }))
  b.only(c, [target[1]])
}
