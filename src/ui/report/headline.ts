// The verdict as a support engineer reads it first: what happened (one plain sentence), who
// must act and what to do, and how sure the report is and why. Rule IDs stay in the findings.
import type { Finding, Party, ViewReport } from '../../core/index.ts'
import { stepPhrase } from '../../core/report/step-names.ts'

export const PARTY_NAME: Record<Party, string> = {
  client: 'the MCP client',
  'mcp-server': 'the MCP server',
  'authorization-server': 'the authorization server',
}

export interface Headline {
  tone: 'ok' | 'bad' | 'neutral' | 'partial'
  sentence: string
  party: string | null
  /** What the party should do: the root cause's fix for that party. */
  action: string | null
  /** The entries the verdict rests on. */
  basis: number[]
}

function rootFinding(report: ViewReport): Finding | null {
  const id = report.verdict.rootCause
  return id ? (report.findings.find((f) => f.rule === id && f.status === 'fail') ?? null) : null
}

function failedAt(report: ViewReport, root: Finding | null): string {
  for (const entry of root?.entries ?? []) {
    for (const flow of report.flows) {
      const step = flow.steps.find((s) => s.entry === entry)
      if (step) return `Failed at ${stepPhrase(step.kind)}.`
    }
  }
  return 'Failed.'
}

export function headline(report: ViewReport): Headline {
  const v = report.verdict
  const root = rootFinding(report)
  const damaged = Boolean(report.input.error)
  const mcpOk = report.flows.flatMap((f) => f.steps.filter((s) => s.kind === 'mcp-request').map((s) => s.entry))
  const action = root?.fix.find((x) => x.party === v.party)?.text ?? root?.fix[0]?.text ?? null
  const base = { party: v.party ? PARTY_NAME[v.party] : null, action }
  const say = (tone: Headline['tone'], sentence: string, basis: number[]): Headline => ({
    ...base,
    tone,
    sentence,
    basis,
  })
  const rest = root?.entries ?? []
  switch (v.outcome) {
    case 'connected':
      // A damaged file never gets a green banner: what was cut off may hold the failure.
      if (damaged) {
        const sentence =
          'Connected as far as the file goes — but the file is damaged, so a later failure may be ' + 'missing.'
        return say('partial', sentence, mcpOk)
      }
      // Connected now, with a fault that breaks it later (a refresh without resource, say).
      if (root) return say('partial', 'Connected — but a problem will break the connection later.', root.entries)
      return say('ok', 'Connected.', mcpOk)
    case 'failed':
      return say(damaged ? 'partial' : 'bad', failedAt(report, root), rest)
    case 'incomplete':
      return damaged
        ? say('partial', 'Incomplete: the file is damaged and ends before the client used a token.', rest)
        : say('neutral', 'Incomplete: the capture ends before the client used a token with the MCP server.', rest)
    default:
      return say(damaged ? 'partial' : 'neutral', 'No MCP OAuth flow found in this input.', [])
  }
}

export const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`
