// Classified exchanges → flows (mcp-oauth-rules.md §5 items 1–4). Exact keys first — state,
// code, PKCE challenge ↔ verifier, token strings ↔ Authorization headers, refresh chains —
// then endpoint identity and time order for discovery steps that carry no such key.
import type { Exchange } from '../types.ts'
import { endpointOf, getParam, originOf } from '../oauth/params.ts'
import { s256Challenge } from '../oauth/sha256.ts'
import type { Classified } from './classify.ts'
import { bearerToken, byTime, formParams, locationOf, queryParams, responseJson } from './exchange-helpers.ts'
import { emptyFlow, type FlowModel } from './model.ts'
import { timeOrder } from './time-order.ts'
import { parseQuery } from '../oauth/params.ts'

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null
}

interface Keys {
  flow: FlowModel
  state?: string
  challenge?: string
  clientId?: string
  redirect?: string
  asOrigin: string | null
  codes: Set<string>
  accessTokens: Set<string>
  refreshTokens: Set<string>
}

function isAfter(a: Exchange, b: Exchange): boolean {
  return byTime(a, b) > 0
}

function callbackFromLocation(chain: Exchange[], redirect: string | undefined): FlowModel['callback'] {
  if (!redirect) return null
  const base = endpointOf(redirect)
  for (const ex of chain) {
    const loc = locationOf(ex)
    if (loc && endpointOf(loc) === base)
      return { entry: ex.entry, url: loc, params: parseQuery(loc), fromLocation: true, ex: null }
  }
  return null
}

export function correlate(classified: readonly Classified[]): FlowModel[] {
  const ordered = timeOrder(classified)
  const steps = ordered((c) => c.kind !== 'other')
  const keys: Keys[] = []
  for (const { ex, kind } of steps) {
    if (kind !== 'authorize') continue
    const q = queryParams(ex)
    const step = {
      state: getParam(q, 'state'),
      challenge: getParam(q, 'code_challenge'),
      clientId: getParam(q, 'client_id'),
      redirect: getParam(q, 'redirect_uri'),
    }
    // Login, account-chooser and consent pages often carry the whole authorization query along
    // (Cognito /login, Google oauthchooseaccount): same state or PKCE challenge = the same attempt.
    const same = [...keys].reverse().find((k) => sameAttempt(k, step, originOf(ex.url)))
    if (same) {
      same.flow.asPages.push(ex)
      continue
    }
    const flow = emptyFlow(`flow-${keys.length + 1}`)
    flow.authorize = ex
    const tokens = { codes: new Set<string>(), accessTokens: new Set<string>(), refreshTokens: new Set<string>() }
    keys.push({ flow, ...step, asOrigin: originOf(ex.url), ...tokens })
  }
  const orphan = (): Keys => {
    const flow = emptyFlow(`flow-${keys.length + 1}`)
    const k: Keys = { flow, asOrigin: null, codes: new Set(), accessTokens: new Set(), refreshTokens: new Set() }
    keys.push(k)
    return k
  }
  const latestBefore = (ex: Exchange, pred: (k: Keys) => boolean = () => true): Keys | undefined =>
    [...keys].reverse().find((k) => (!k.flow.authorize || isAfter(ex, k.flow.authorize)) && pred(k))
  const nextAfter = (ex: Exchange, pred: (k: Keys) => boolean = () => true): Keys | undefined =>
    keys.find((k) => k.flow.authorize && !isAfter(ex, k.flow.authorize) && pred(k))

  const asOrigins = [...new Set(keys.map((k) => k.asOrigin).filter((o): o is string => o !== null))]
  const onAs = (ex: Exchange) => asOrigins.some((o) => ex.url.startsWith(o))
  const sorted = asOrigins.length ? ordered((c) => c.kind !== 'other' || onAs(c.ex)) : steps
  // AS pages and callbacks follow their authorize navigation.
  for (const { ex, kind } of sorted) {
    if (kind === 'callback') {
      const state = getParam(queryParams(ex), 'state')
      const k =
        (state !== undefined ? keys.find((x) => x.state === state) : undefined) ??
        latestBefore(ex, (x) => !!x.redirect && endpointOf(x.redirect) === endpointOf(ex.url))
      if (k && !k.flow.callback)
        k.flow.callback = { entry: ex.entry, url: ex.url, params: queryParams(ex), fromLocation: false, ex }
    } else if (kind === 'other' && onAs(ex)) {
      const k = latestBefore(ex, (x) => x.asOrigin !== null && originOf(ex.url) === x.asOrigin)
      if (k && !k.flow.callback) k.flow.asPages.push(ex)
    }
  }
  for (const k of keys) {
    k.flow.asPages.sort(byTime)
    if (!k.flow.callback && k.flow.authorize)
      k.flow.callback = callbackFromLocation([k.flow.authorize, ...k.flow.asPages], k.redirect)
    const code = k.flow.callback ? getParam(k.flow.callback.params, 'code') : undefined
    if (code) k.codes.add(code)
  }

  for (const { ex, kind } of sorted) {
    if (kind !== 'token' && kind !== 'refresh') continue
    const form = formParams(ex)
    const body = responseJson(ex)
    if (kind === 'token') {
      const code = getParam(form, 'code')
      const verifier = getParam(form, 'code_verifier')
      const k =
        (code ? keys.find((x) => x.codes.has(code)) : undefined) ??
        (verifier
          ? keys.find((x) => x.challenge !== undefined && x.challenge === safeChallenge(verifier))
          : undefined) ??
        latestBefore(
          ex,
          (x) =>
            x.flow.tokens.length === 0 &&
            (!x.clientId || !getParam(form, 'client_id') || x.clientId === getParam(form, 'client_id')),
        ) ??
        orphan()
      k.flow.tokens.push(ex)
      addTokens(k, body)
    } else if (kind === 'refresh') {
      const rt = getParam(form, 'refresh_token')
      const k =
        (rt ? keys.find((x) => x.refreshTokens.has(rt)) : undefined) ??
        latestBefore(ex, (x) => x.flow.tokens.length > 0) ??
        latestBefore(ex) ??
        orphan()
      k.flow.refreshes.push(ex)
      addTokens(k, body)
    }
  }

  for (const { ex, kind } of sorted) {
    if (kind !== 'mcp') continue
    const token = bearerToken(ex)
    const byToken = token ? keys.find((k) => k.accessTokens.has(token)) : undefined
    if (byToken) {
      byToken.flow.mcp.push(ex)
      continue
    }
    const origin = originOf(ex.url)
    // A flow whose MCP server is not known yet (no resource sent) may still be this server's.
    const sameServer = (k: Keys) => {
      const o = serverOrigins(k.flow)
      return o.size === 0 || o.has(origin ?? '')
    }
    const k =
      ex.status === 401 && !token
        ? (nextAfter(ex, sameServer) ?? nextAfter(ex) ?? latestBefore(ex, sameServer) ?? orphan())
        : (latestBefore(ex, (x) => x.flow.tokens.length > 0 && sameServer(x)) ??
          latestBefore(ex, sameServer) ??
          nextAfter(ex, sameServer) ??
          latestBefore(ex) ??
          orphan())
    const beforeAnyToken = !k.flow.tokens.some((t) => byTime(t, ex) < 0)
    if ((ex.status === 401 || ex.status === 403) && !token && beforeAnyToken) k.flow.challenges.push(ex)
    else k.flow.mcp.push(ex)
  }

  for (const { ex, kind } of sorted) {
    if (kind !== 'prm' && kind !== 'as-metadata' && kind !== 'registration' && kind !== 'cimd') continue
    const doc = responseJson(ex)
    const origin = originOf(ex.url)
    const matches = (k: Keys): boolean => {
      if (kind === 'prm')
        return (
          serverOrigins(k.flow).has(origin ?? '') ||
          (Array.isArray(doc?.authorization_servers) &&
            doc.authorization_servers.some((s) => originOf(String(s)) === k.asOrigin))
        )
      if (kind === 'cimd') return k.clientId === ex.url
      if (kind === 'registration') return str(doc?.client_id) === k.clientId || origin === k.asOrigin
      const endpoint = str(doc?.authorization_endpoint)
      return endpoint
        ? k.flow.authorize !== null && endpointOf(endpoint) === endpointOf(k.flow.authorize.url)
        : origin === k.asOrigin
    }
    const k =
      nextAfter(ex, matches) ??
      latestBefore(ex, matches) ??
      nextAfter(ex) ??
      keys.find((x) => !x.flow.authorize && serverOrigins(x.flow).has(origin ?? '')) ??
      latestBefore(ex, (x) => !x.flow.authorize) ??
      orphan()
    const list =
      kind === 'prm'
        ? k.flow.prm
        : kind === 'as-metadata'
          ? k.flow.asMetadata
          : kind === 'registration'
            ? k.flow.registrations
            : k.flow.cimd
    list.push(ex)
  }
  return keys.map((k) => k.flow).filter((f) => isMeaningful(f))
}

/**
 * A fresh authorization request has a fresh state and PKCE challenge; a login or consent page of
 * the same attempt repeats them, or carries the client's query without them (a client that sent
 * state or PKCE once sends them on every new attempt).
 */
type AttemptKeys = Pick<Keys, 'state' | 'challenge' | 'clientId' | 'redirect'>

function sameAttempt(k: Keys, step: AttemptKeys, origin: string | null): boolean {
  if (k.flow.callback || (k.clientId && step.clientId && k.clientId !== step.clientId)) return false
  if ((!!step.state && step.state === k.state) || (!!step.challenge && step.challenge === k.challenge)) return true
  const bare = !step.state && !step.challenge && (!!k.state || !!k.challenge)
  return bare && origin === k.asOrigin && (!step.redirect || step.redirect === k.redirect)
}

function safeChallenge(verifier: string): string | undefined {
  try {
    return s256Challenge(verifier)
  } catch {
    return undefined
  }
}

function addTokens(k: Keys, body: Record<string, unknown> | null): void {
  const at = str(body?.access_token)
  const rt = str(body?.refresh_token)
  if (at) k.accessTokens.add(at)
  if (rt) k.refreshTokens.add(rt)
}

/** Origins that identify the flow's MCP server: its `resource` parameter and the MCP URLs seen. */
function serverOrigins(f: FlowModel): Set<string> {
  const set = new Set<string>()
  const resource = f.authorize ? getParam(queryParams(f.authorize), 'resource') : undefined
  for (const u of [resource, ...f.challenges.map((e) => e.url), ...f.mcp.map((e) => e.url)]) {
    const o = u ? originOf(u) : null
    if (o) set.add(o)
  }
  return set
}

function isMeaningful(f: FlowModel): boolean {
  return !!(
    f.authorize ||
    f.tokens.length ||
    f.refreshes.length ||
    f.challenges.length ||
    f.prm.length ||
    f.asMetadata.length ||
    f.registrations.length ||
    f.mcp.some((e) => e.status === 401 || bearerToken(e))
  )
}
