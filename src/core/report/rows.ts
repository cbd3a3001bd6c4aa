// One plain row per exchange for the requests table: what DevTools shows, plus the flow step
// and flow each entry plays in. Built once per analysis (in the worker), never per render.
import type { Exchange, Report, StepKind } from '../types.ts'
import { splitUrl } from '../oauth/params.ts'

export interface RequestRow {
  entry: number
  startedMs: number | null
  method: string
  host: string
  path: string
  status: number
  step: StepKind | 'other'
  flow: string | null
  size: number
  /** How long the exchange took (HAR `time`), or null when not recorded. */
  durationMs: number | null
  /** True for entries that belong to an OAuth/MCP flow step ("auth-related only" filter). */
  auth: boolean
  carrier: Exchange['carrier']
}

type Roles = ReadonlyMap<number, { step: StepKind; flow: string }>

function flowRoles(report: Report): Roles {
  const role = new Map<number, { step: StepKind; flow: string }>()
  for (const f of report.flows)
    for (const s of f.steps)
      if (!role.has(s.entry) || s.kind !== 'callback') role.set(s.entry, { step: s.kind, flow: f.id })
  return role
}

function toRow(ex: Exchange, role: Roles): RequestRow {
  const u = splitUrl(ex.url)
  const r = role.get(ex.entry)
  return {
    entry: ex.entry,
    startedMs: ex.startedMs,
    method: ex.method,
    host: u ? u.host + (u.port ? ':' + u.port : '') : '',
    path: u ? u.path || '/' : ex.url,
    status: ex.status,
    step: r?.step ?? 'other',
    flow: r?.flow ?? null,
    size: ex.responseSize ?? ex.responseContent?.length ?? 0,
    durationMs: ex.durationMs ?? null,
    auth: r !== undefined,
    carrier: ex.carrier,
  }
}

export function requestRows(exchanges: readonly Exchange[], report: Report): RequestRow[] {
  const role = flowRoles(report)
  return exchanges.map((ex) => toRow(ex, role))
}

/** Only the auth-related rows (the table's default view), without building one row per entry:
 * the same rows as `requestRows(...).filter((r) => r.auth)`. */
export function authRequestRows(exchanges: readonly Exchange[], report: Report): RequestRow[] {
  const role = flowRoles(report)
  return exchanges.filter((ex) => role.has(ex.entry)).map((ex) => toRow(ex, role))
}
