// Documents and parameters in text: a quoted JSON body (metadata, token answer, error, decoded
// token), an error code said in words, and `resource` said to be sent or not sent.
import { parseJsonObject } from '../ingest/index.ts'
import { parseQuery } from '../oauth/params.ts'
import { prmUrlFor } from '../oauth/well-known.ts'
import type { Claim } from './claims.ts'
import { observedToken } from '../oauth/observed-token.ts'
import { stated } from './trust.ts'
import { AS, exchange, h } from './text-exchange.ts'
import type { Builder } from './build-steps.ts'

export function addJson(b: Builder, c: Claim): void {
  const text = String(c.data.json)
  const doc = parseJsonObject(text)
  if (!doc) return
  const fetchedUrl = typeof c.data.url === 'string' ? c.data.url : null
  const ok = (url: string) =>
    exchange(c, {
      url,
      status: 200,
      responseContent: text,
      responseHeaders: [h('content-type', 'application/json')],
      missing: 'request',
    })
  switch (c.data.shape) {
    case 'prm':
      b.f.prm.push(
        ok(
          fetchedUrl ??
            prmUrlFor(b.mcpUrl ?? String(doc.resource)) ??
            `${b.server}/.well-known/oauth-protected-resource`,
        ),
      )
      break
    case 'as-metadata': {
      const issuer = String(doc.issuer).replace(/\/$/, '')
      const u = /^(https?:\/\/[^/]+)(.*)$/.exec(issuer)
      b.f.asMetadata.push(ok(fetchedUrl ?? (u ? `${u[1]}/.well-known/oauth-authorization-server${u[2]}` : issuer)))
      break
    }
    case 'token-response':
      b.f.tokens.push(
        exchange(c, { method: 'POST', url: `${AS}/token`, status: 200, responseContent: text, missing: 'request' }),
      )
      break
    case 'registration-response':
      b.f.registrations.push(
        exchange(c, { method: 'POST', url: `${AS}/register`, status: 201, responseContent: text, missing: 'request' }),
      )
      break
    case 'error':
      addError(b, c, text)
      break
    case 'token-claims': {
      // The payload stands for the token the client presented: the audience rules judge its claims.
      const rejected = b.mcpRejected
      b.f.mcp.push(
        exchange(c, {
          method: 'POST',
          url: b.server,
          status: rejected ? 401 : 0,
          requestHeaders: [h('authorization', `Bearer ${observedToken(doc)}`)],
          missing: rejected ? undefined : 'response',
        }),
      )
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
    b.f.mcp.push(
      exchange(c, {
        method: 'POST',
        url: b.server,
        status,
        requestHeaders: [h('authorization', 'Bearer token-not-shown-in-text')],
        responseHeaders: [h('www-authenticate', `Bearer error="${code}"`)],
        responseContent: body,
      }),
    )
    b.only(c, ['mcp.*'])
    return
  }
  const target =
    c.step === 'registration'
      ? b.f.registrations
      : c.step === 'token'
        ? b.f.tokens
        : c.step === 'refresh'
          ? b.f.refreshes
          : null
  if (target) {
    const open = target.find((ex) => ex.status >= 400 && !ex.responseContent)
    if (open) open.responseContent = body
    else if (!target.some((ex) => ex.status >= 400)) {
      target.push(
        exchange(c, {
          method: 'POST',
          url: `${AS}/${c.step === 'registration' ? 'register' : 'token'}`,
          status: 400,
          responseContent: body,
          missing: 'request',
        }),
      )
      b.only(c, [
        c.step === 'registration'
          ? 'dcr.response.status'
          : c.step === 'token'
            ? 'token.response.error'
            : 'refresh.response.error',
      ])
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
    b.f.authorize = exchange(c, {
      url: `${AS}/authorize${value ? `?resource=${encodeURIComponent(value)}` : ''}`,
      resourceType: 'document',
      missing: 'response',
    })
    // A placeholder says a resource was sent, not which: it proves nothing about its value.
    b.only(c, c.data.placeholder ? [] : value ? ['resource.authorize.*'] : ['resource.authorize.missing'])
  } else if (c.step === 'token' || c.step === 'refresh') {
    const list = c.step === 'token' ? b.f.tokens : b.f.refreshes
    const grant = c.step === 'token' ? 'authorization_code' : 'refresh_token'
    const body = `grant_type=${grant}${value ? `&resource=${encodeURIComponent(value)}` : ''}`
    const open = list.find((ex) => ex.missing === 'request')
    if (open) {
      open.requestBody = body
      open.missing = undefined
      stated(b.trust, open.entry, c.step === 'token' ? 'resource.token.*' : 'refresh.resource.*')
    } else if (!list.length) {
      list.push(
        exchange(c, {
          method: 'POST',
          url: `${AS}/token`,
          requestBody: body,
          requestHeaders: [h('content-type', 'application/x-www-form-urlencoded')],
          missing: 'response',
        }),
      )
      b.only(c, c.step === 'token' ? ['resource.token.*'] : ['refresh.resource.*'])
    }
  }
}
