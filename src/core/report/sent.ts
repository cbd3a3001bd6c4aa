// What the client sent and what it got back, per flow: the parameters two captures are compared
// on ("works in Claude, fails in X").
import type { SentParameters } from '../types.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { bearerToken, byTime, challengeOf, formParams, requestHeader, requestJson } from '../flow/exchange-helpers.ts'
import { endpointOf, getParam, hasParam } from '../oauth/params.ts'

function tokenAuthMethod(f: FlowFacts): string | null {
  const ex = f.flow.tokens[0]
  if (ex && ex.missing !== 'request') {
    if (/^\s*basic\s/i.test(requestHeader(ex, 'authorization') ?? '')) return 'client_secret_basic'
    const form = formParams(ex)
    if (hasParam(form, 'client_secret')) return 'client_secret_post'
    if (hasParam(form, 'client_assertion')) return 'private_key_jwt'
    return 'none'
  }
  const registered = f.flow.registrations
    .map((r) => requestJson(r)?.token_endpoint_auth_method)
    .find((m) => typeof m === 'string')
  return typeof registered === 'string' ? registered : null
}

function mcpAnswer(f: FlowFacts): string | null {
  const used = f.flow.mcp.filter((ex) => bearerToken(ex) || ex.status !== 0).sort(byTime)
  const last = used[used.length - 1]
  if (!last || last.status === 0) return null
  const error = challengeOf(last)?.params.error
  return `${last.status}${error ? ` ${error}` : ''}`
}

export function sentParameters(f: FlowFacts): SentParameters {
  const p = f.authorizeParams
  return {
    scope: p ? (getParam(p, 'scope') ?? null) : null,
    redirectUri: p && getParam(p, 'redirect_uri') !== undefined ? endpointOf(getParam(p, 'redirect_uri')!) : null,
    registration: f.flow.registrations.length
      ? 'dcr'
      : f.flow.cimd.length || (f.clientId && /^https:\/\//.test(f.clientId))
        ? 'cimd'
        : 'not-captured',
    tokenAuthMethod: tokenAuthMethod(f),
    pkceMethod: p ? (getParam(p, 'code_challenge_method') ?? (hasParam(p, 'code_challenge') ? 'plain' : 'none')) : null,
    mcpAnswer: mcpAnswer(f),
  }
}
