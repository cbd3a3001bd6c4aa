// Pure layout for the sequence diagram: a flow's steps → arrows between three lanes, with the
// steps a capture cannot show drawn as dashed placeholders. Unit-tested without a DOM.
import type { SharedFlow, StepKind } from '../../core/index.ts'

export type Lane = 0 | 1 | 2
export const LANES = ['Client / browser', 'MCP server', 'Authorization server'] as const

export interface Arrow {
  from: Lane
  to: Lane
  label: string
  entry: number | null
  status: number | null
  dashed: boolean
  tone: 'ok' | 'redirect' | 'error' | 'missing'
}

const TARGET: Record<StepKind, Lane> = {
  'mcp-unauthorized': 1,
  'mcp-request': 1,
  'protected-resource-metadata': 1,
  'as-metadata': 2,
  registration: 2,
  cimd: 2,
  authorize: 2,
  callback: 0,
  token: 2,
  refresh: 2,
}

const LABEL: Record<StepKind, string> = {
  'mcp-unauthorized': 'MCP request (no token)',
  'mcp-request': 'MCP request',
  'protected-resource-metadata': 'protected resource metadata',
  'as-metadata': 'authorization server metadata',
  registration: 'client registration',
  cimd: 'client metadata document',
  authorize: 'authorize',
  callback: 'callback',
  token: 'token',
  refresh: 'refresh',
}

function tone(status: number | null, failed: boolean): Arrow['tone'] {
  if (failed || (status !== null && status >= 400)) return 'error'
  if (status === null || status === 0) return 'missing'
  if (status >= 300) return 'redirect'
  return 'ok'
}

function placeholder(to: Lane, label: string, from: Lane = 0): Arrow {
  return { from, to, label: `${label} (not captured)`, entry: null, status: null, dashed: true, tone: 'missing' }
}

export function layoutFlow(flow: Pick<SharedFlow, 'steps'>, failedEntries: ReadonlySet<number>): Arrow[] {
  const arrows: Arrow[] = []
  const has = (k: StepKind) => flow.steps.some((s) => s.kind === k)
  if (has('authorize') && !has('mcp-unauthorized') && !has('protected-resource-metadata'))
    arrows.push(placeholder(1, 'discovery'))
  for (const s of flow.steps) {
    const status = s.status ?? null
    const isCallback = s.kind === 'callback'
    const redirectOnly = s.captured === false
    arrows.push({
      from: isCallback ? 2 : 0,
      to: TARGET[s.kind],
      label: `${LABEL[s.kind]}${redirectOnly ? ' (seen only as a redirect)' : status !== null ? ` → ${status || 'no response'}` : ''}`,
      entry: s.entry,
      status,
      dashed: redirectOnly,
      tone: tone(redirectOnly ? 302 : status, failedEntries.has(s.entry) && !isCallback),
    })
  }
  const callbackHasCode = has('callback')
  if (callbackHasCode && !has('token')) arrows.push(placeholder(2, 'token exchange'))
  if ((has('token') || callbackHasCode) && !has('mcp-request'))
    arrows.push(placeholder(1, 'MCP request with the token'))
  return arrows
}
