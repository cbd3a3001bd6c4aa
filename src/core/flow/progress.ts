// What a flow got past, from the answers in the capture (PRODUCT.md §5.7): the steps that
// succeeded, and how the MCP server answered requests made with the token.
import type { Exchange } from '../types.ts'
import type { Step } from './steps.ts'
import { getParam } from '../oauth/params.ts'
import { bearerToken, byTime, responseJson } from './exchange-helpers.ts'
import type { FlowFacts } from './evidence.ts'

export interface Progress {
  step: Step
  entry: number
}

const ok = (ex: Exchange) => ex.status >= 200 && ex.status < 300
const refused = (ex: Exchange) => ex.status === 401 || ex.status === 403
const issued = (ex: Exchange) => ok(ex) && typeof responseJson(ex)?.access_token === 'string'

/** Every step the flow completed, each with the entry that shows it. */
export function flowProgress(f: FlowFacts): Progress[] {
  const out: Progress[] = []
  const add = (step: Step, list: readonly Exchange[], pred: (ex: Exchange) => boolean) => {
    for (const ex of list) if (pred(ex)) out.push({ step, entry: ex.entry })
  }
  add('prm', f.flow.prm, (ex) => ok(ex) && !!responseJson(ex))
  add('as-metadata', f.flow.asMetadata, (ex) => ok(ex) && !!responseJson(ex))
  add('registration', [...f.flow.registrations, ...f.flow.cimd], (ex) => ok(ex) && !!responseJson(ex))
  const cb = f.flow.callback
  if (cb && getParam(cb.params, 'code') !== undefined) out.push({ step: 'callback', entry: cb.entry })
  add('token', f.flow.tokens, issued)
  add('refresh', f.flow.refreshes, issued)
  for (const ex of tokenAnswers(f)) if (ok(ex)) out.push({ step: 'mcp', entry: ex.entry })
  return out.sort((a, b) => a.entry - b.entry)
}

/**
 * MCP requests made with the token and answered with success or a refusal: those that carry a
 * bearer token, and successes sent after a token was issued (exports that drop credential headers).
 * A 405 to an optional GET stream or a 404 session answer says nothing about the token.
 */
export function tokenAnswers(f: FlowFacts): Exchange[] {
  const firstToken = [...f.flow.tokens, ...f.flow.refreshes].filter(issued).sort(byTime)[0]
  return f.flow.mcp
    .filter((ex) => (bearerToken(ex) ? ok(ex) || refused(ex) : !!firstToken && byTime(ex, firstToken) > 0 && ok(ex)))
    .sort(byTime)
}

/** The MCP server's last word on the token, if the capture has one. */
export function lastTokenAnswer(f: FlowFacts): Exchange | null {
  const list = tokenAnswers(f)
  return list[list.length - 1] ?? null
}
