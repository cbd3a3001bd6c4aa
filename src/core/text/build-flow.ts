// Claims → one flow of exchanges carrying only what the text proves, so the same rules and the
// same verdict as for a HAR run on it. `missing` marks the side the text does not show; an
// exchange rebuilt from a sentence proves only the rules its claim speaks to (`trust`).
import type { Header } from '../types.ts'
import { getParam, parseForm, parseQuery } from '../oauth/params.ts'
import { prmUrlFor } from '../oauth/well-known.ts'
import { emptyFlow } from '../flow/model.ts'
import type { Claim } from './claims.ts'
import { observedToken } from '../oauth/observed-token.ts'
import { absoluteUrl, redactedParams, stated, type Trust } from './trust.ts'
import { AS, exchange, h, statedMcpUrl, type TextFlow } from './text-exchange.ts'
import { addResponse, addChallengeHeader, addChallengeLacks, addHeadersHidden } from './build-discovery.ts'
import { addBlocked, addStatus, type Builder } from './build-steps.ts'
import { addError, addJson, addResource } from './build-docs.ts'

export type { TextFlow } from './text-exchange.ts'

export function buildTextFlow(all: readonly Claim[]): TextFlow {
  const f = emptyFlow('flow-1')
  const trust = new Map<number, Trust>()
  const mcpUrl = statedMcpUrl(all)
  const server = mcpUrl ?? 'https://mcp-server.invalid/mcp'
  const claims = all.filter((c) => c.observed)
  // Looked up once: a long paste has thousands of claims.
  const kinds = new Set(claims.map((c) => c.kind))
  const has = (kind: Claim['kind']) => kinds.has(kind)
  const mcpRejected = claims.some((x) => x.step === 'mcp' && (x.data.status === 401 || x.kind === 'known-error'))
  const errorClaims = new Map<Claim['step'], Claim>()
  for (const c of claims) {
    const error = (c.kind === 'json' && c.data.code) || c.kind === 'oauth-error'
    if (error && !errorClaims.has(c.step)) errorClaims.set(c.step, c)
  }
  const afterToken =
    has('token-issued') || has('aud') || has('jwt') || claims.some((c) => c.step === 'token' && c.data.status === 200)
  const only = (c: Claim, rules: string[]) => trust.set(c.entry, { only: rules })
  const abs = (c: Claim, fallback: string) =>
    absoluteUrl(typeof c.data.url === 'string' ? c.data.url : null, server, fallback)
  const errorBody = (step: Claim['step']) => {
    const e = errorClaims.get(step)
    if (!e) return null
    return e.kind === 'json'
      ? String(e.data.json)
      : JSON.stringify({ error: e.data.code, ...(e.data.description ? { error_description: e.data.description } : {}) })
  }
  const challenge = (c: Claim, status: number, headers: Header[], request: Header[] = []) => {
    const ex = exchange(c, {
      method: 'POST',
      url: abs(c, server),
      status,
      responseHeaders: headers,
      requestHeaders: request,
      missing: request.length ? undefined : 'request',
    })
    if (c.step === 'mcp' && afterToken) f.mcp.push(ex)
    else f.challenges.push(ex)
    if (!headers.length) only(c, [])
    return ex
  }
  const b: Builder = { f, trust, claims, server, mcpUrl, only, abs, errorBody, challenge, has, mcpRejected }
  for (const c of claims) {
    const status = typeof c.data.status === 'number' ? c.data.status : null
    switch (c.kind) {
      case 'authorize-url': {
        const url = absoluteUrl(String(c.data.url), server, AS)
        f.authorize ??= exchange(c, {
          url,
          status: status ?? 0,
          resourceType: 'document',
          missing: status ? undefined : 'response',
        })
        const redacted = redactedParams(url)
        if (redacted.length) trust.set(c.entry, { not: redacted })
        break
      }
      case 'callback-url': {
        const url = String(c.data.url)
        f.callback ??= { entry: c.entry, url, params: parseQuery(url), fromLocation: false, ex: exchange(c, { url }) }
        if (redactedParams(url).length) trust.set(c.entry, { not: redactedParams(url) })
        break
      }
      case 'token-form': {
        const ex = exchange(c, {
          method: 'POST',
          url: `${AS}/token`,
          requestHeaders: [h('content-type', 'application/x-www-form-urlencoded')],
          requestBody: String(c.data.body),
          missing: 'response',
        })
        if (getParam(parseForm(String(c.data.body)), 'grant_type') === 'refresh_token') f.refreshes.push(ex)
        else f.tokens.push(ex)
        break
      }
      case 'http-response':
        addResponse(b, c, status)
        break
      case 'http-status':
        if (status !== null) addStatus(b, c, status)
        break
      case 'www-authenticate':
        addChallengeHeader(b, c)
        break
      case 'challenge-lacks':
        addChallengeLacks(b, c)
        break
      case 'headers-hidden':
        addHeadersHidden(b, c)
        break
      case 'json':
        addJson(b, c)
        break
      case 'cors-blocked':
        addBlocked(b, c)
        break
      case 'prm-resource': {
        if (f.prm.length || c.data.placeholder) break
        const value = String(c.data.value)
        f.prm.push(
          exchange(c, {
            url: prmUrlFor(mcpUrl ?? value) ?? `${server}/.well-known/oauth-protected-resource`,
            status: 200,
            responseContent: JSON.stringify({ resource: value }),
            missing: 'request',
          }),
        )
        only(c, ['prm.resource.*'])
        break
      }
      case 'resource-sent':
      case 'resource-not-sent':
        addResource(b, c)
        break
      case 'pkce-unsupported':
        if (f.asMetadata.length) break
        f.asMetadata.push(
          exchange(c, {
            url: `${AS}/.well-known/oauth-authorization-server`,
            status: 200,
            responseContent: JSON.stringify({ issuer: AS }),
            missing: 'request',
          }),
        )
        only(c, ['asmeta.pkce.*'])
        break
      case 'token-issued':
        if (!f.tokens.some((ex) => ex.status === 200))
          f.tokens.push(exchange(c, { method: 'POST', url: `${AS}/token`, status: 200, missing: 'response' }))
        only(c, [])
        break
      case 'no-auth-header': {
        // The MCP request a status line already rebuilt is the one said to lack Authorization.
        const bare = f.mcp.find((ex) => !ex.requestHeaders.length)
        if (bare) stated(trust, bare.entry, 'mcp.auth-header.missing')
        else {
          f.mcp.push(exchange(c, { method: 'POST', url: server, status: 401 }))
          only(c, ['mcp.auth-header.missing'])
        }
        break
      }
      case 'aud': {
        if (c.data.placeholder) break
        const token = observedToken({
          aud: Array.isArray(c.data.values) && c.data.values.length === 1 ? c.data.values[0] : c.data.values,
        })
        const rejected = c.data.rejected || mcpRejected
        f.mcp.push(
          exchange(c, {
            method: 'POST',
            url: server,
            status: rejected ? 401 : 0,
            requestHeaders: [h('authorization', `Bearer ${token}`)],
            missing: rejected ? undefined : 'response',
          }),
        )
        only(c, ['aud.*', 'mcp.401.after-token', 'at.format', 'mcp.server.accepts-wrong-aud'])
        break
      }
      case 'jwt':
        f.mcp.push(
          exchange(c, {
            method: 'POST',
            url: server,
            requestHeaders: [h('authorization', `Bearer ${String(c.data.token)}`)],
            missing: 'response',
          }),
        )
        break
    }
  }
  // Error codes said in words come last: they complete the failing exchange a status made, or stand
  // for it when the text gives no status ("the token endpoint answered invalid_grant").
  for (const c of claims) {
    if (c.kind !== 'oauth-error' || !c.step) continue
    addError(
      b,
      c,
      JSON.stringify({ error: c.data.code, ...(c.data.description ? { error_description: c.data.description } : {}) }),
    )
  }
  return { flow: f, trust, mcpUrl }
}
