// The builder's shared state, and statuses said of a step ("PRM → 404", "registration answered
// 403", a CORS-blocked fetch). Each adds an exchange only when the text shows that step, and limits
// what it proves through the builder's trust map.
import type { Exchange, Header } from '../types.ts'
import { prmUrlFor } from '../oauth/well-known.ts'
import type { FlowModel } from '../flow/model.ts'
import type { Claim, Step } from './claims.ts'
import type { Trust } from './trust.ts'
import { AS, exchange, h } from './text-exchange.ts'

export interface Builder {
  f: FlowModel
  trust: Map<number, Trust>
  claims: readonly Claim[]
  server: string
  mcpUrl: string | null
  only(c: Claim, rules: string[]): void
  abs(c: Claim, fallback: string): string
  errorBody(step: Claim['step']): string | null
  challenge(c: Claim, status: number, headers: Header[], request?: Header[]): Exchange
  has(kind: Claim['kind']): boolean
  /** The text says the MCP server refused a token (a 401 at the MCP step, a quoted validator error). */
  mcpRejected: boolean
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
      b.f.prm.push(
        exchange(c, {
          url: c.data.url ? url(b.server) : (prmUrlFor(b.server) ?? b.server),
          status,
          missing: 'request',
        }),
      )
      b.only(c, ['prm.http-status'])
      break
    case 'as-metadata':
      if (!failing) break
      b.f.asMetadata.push(
        exchange(c, {
          url: c.data.url ? url(AS) : `${AS}/.well-known/oauth-authorization-server`,
          status,
          missing: 'request',
        }),
      )
      b.only(c, ['asmeta.http-status'])
      break
    case 'registration':
      if (!failing) break
      b.f.registrations.push(
        exchange(c, {
          method: 'POST',
          url: url(AS),
          status,
          responseContent: b.errorBody('registration'),
          missing: 'request',
        }),
      )
      b.only(c, ['dcr.response.status'])
      break
    case 'authorize':
      if (failing && !b.f.authorize) {
        b.f.authorize = exchange(c, {
          url: url(AS),
          status,
          resourceType: 'document',
          responseMimeType: 'text/html',
          responseContent: b.errorBody('authorize') ?? (typeof c.data.said === 'string' ? c.data.said : null),
        })
        b.only(c, ['authorize.as-error-page'])
      }
      break
    case 'token':
    case 'refresh': {
      const list = c.step === 'token' ? b.f.tokens : b.f.refreshes
      if (list.some((ex) => ex.status === status)) break
      list.push(
        exchange(c, {
          method: 'POST',
          url: url(AS),
          status,
          responseContent: failing ? b.errorBody(c.step) : null,
          missing: failing ? 'request' : 'response',
        }),
      )
      b.only(c, [c.step === 'token' ? 'token.response.error' : 'refresh.response.error'])
      break
    }
  }
}

/** A browser fetch the CORS policy blocked: in a HAR it has no response (status 0), which is what the text shows. */
export function addBlocked(b: Builder, c: Claim): void {
  const lists: Partial<Record<Step, [Exchange[], string]>> = {
    prm: [b.f.prm, 'prm.http-status'],
    'as-metadata': [b.f.asMetadata, 'asmeta.http-status'],
    registration: [b.f.registrations, 'dcr.response.status'],
    token: [b.f.tokens, 'token.response.error'],
  }
  const target = c.step ? lists[c.step] : undefined
  if (!target) return
  const post = c.step === 'token' || c.step === 'registration'
  target[0].push(
    exchange(c, {
      method: post ? 'POST' : 'GET',
      url: String(c.data.url),
      status: 0,
      error: 'blocked by CORS policy',
      requestHeaders: [h('origin', 'https://client.invalid')],
    }),
  )
  b.only(c, [target[1]])
}
