// The reconstructed flow: one client × MCP server × authorization-server attempt.
import type { Exchange } from '../types.ts'
import type { Params } from '../oauth/params.ts'

export interface CallbackStep {
  /** The entry that shows the callback: the callback request itself, or the redirect that pointed at it. */
  entry: number
  url: string
  params: Params
  /** True when the callback is known only from a `Location` header / `redirectURL`. */
  fromLocation: boolean
  ex: Exchange | null
}

export interface FlowModel {
  id: string
  challenges: Exchange[]
  prm: Exchange[]
  asMetadata: Exchange[]
  registrations: Exchange[]
  cimd: Exchange[]
  authorize: Exchange | null
  /** AS pages and redirects that followed the authorize navigation (login, consent). */
  asPages: Exchange[]
  callback: CallbackStep | null
  tokens: Exchange[]
  refreshes: Exchange[]
  mcp: Exchange[]
}

export function emptyFlow(id: string): FlowModel {
  return {
    id,
    challenges: [],
    prm: [],
    asMetadata: [],
    registrations: [],
    cimd: [],
    authorize: null,
    asPages: [],
    callback: null,
    tokens: [],
    refreshes: [],
    mcp: [],
  }
}

export function flowExchanges(f: FlowModel): Exchange[] {
  const list = [
    ...f.challenges,
    ...f.prm,
    ...f.asMetadata,
    ...f.registrations,
    ...f.cimd,
    ...f.asPages,
    ...f.tokens,
    ...f.refreshes,
    ...f.mcp,
  ]
  if (f.authorize) list.push(f.authorize)
  if (f.callback?.ex) list.push(f.callback.ex)
  return list
}
