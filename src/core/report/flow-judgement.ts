// One flow's outcome and cause (PRODUCT.md §5.7): what the MCP server last answered to a request
// made with the token, the causal root of the breakage, and whether a later flow recovered.
import type { Exchange, Finding, Outcome } from '../types.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { flowProgress, lastTokenAnswer } from '../flow/progress.ts'
import { flowExchanges } from '../flow/model.ts'
import { mcpEvidence, type McpEvidence } from '../flow/mcp-or-not.ts'
import { ruleById } from '../rules/index.ts'
import { rootCause, type Cause } from './causal-model.ts'

export interface FlowJudgement {
  facts: FlowFacts
  mcp: McpEvidence
  outcome: Exclude<Outcome, 'no-flow'>
  cause: Cause | null
  /** The MCP server's last answer to a request made with the token. */
  answer: Exchange | null
  /** A later flow to the same MCP server connected. */
  recovered: boolean
}

/** Failures that can be causes: informational findings never are. */
export const isFailing = (f: Finding) => f.status === 'fail' && f.severity !== 'info'
export const failingIn = (findings: readonly Finding[], flowId: string) =>
  findings.filter((x) => x.flow === flowId && isFailing(x))
const ok = (ex: Exchange) => ex.status >= 200 && ex.status < 300

type Judged = Omit<FlowJudgement, 'recovered'>
const lastEntryOf = (f: FlowFacts) => Math.max(-1, ...flowExchanges(f.flow).map((ex) => ex.entry))

function judgeFlow(f: FlowFacts, findings: readonly Finding[], textEvidence: boolean): Judged {
  const cause = rootCause(failingIn(findings, f.flow.id), flowProgress(f), ruleById, lastEntryOf(f))
  const answer = lastTokenAnswer(f)
  // A refusal after the server's last answer (a refresh that failed) is where the flow now stands;
  // a flow that ended at a dead end (no way to get a client id) stopped there: PRODUCT §5.7 "failed".
  const brokeLater = !!cause?.breakage && (!answer || Math.max(...cause.breakage.entries) > answer.entry)
  const stopped = !!cause?.stopped && !answer
  const outcome = brokeLater || stopped ? 'failed' : answer ? (ok(answer) ? 'connected' : 'failed') : 'incomplete'
  // Pasted text is about an MCP connection by the user's own choice: no need to prove it.
  const mcp = textEvidence ? { mcp: true, why: 'pasted text' } : mcpEvidence(f)
  return { facts: f, mcp, outcome, cause, answer }
}

/**
 * Every flow judged. Recovered: a flow to the same MCP server (or one whose server the capture
 * does not show) connected after this one ended, e.g. a new sign-in after a refresh was refused.
 */
export function judgeFlows(findings: readonly Finding[], flows: readonly FlowFacts[], textEvidence = false) {
  const judged = flows.map((f) => judgeFlow(f, findings, textEvidence))
  const server = (j: Judged) => j.facts.mcpServerUrl
  const sameServer = (a: Judged, b: Judged) => !server(a) || !server(b) || server(a) === server(b)
  const connectedAfter = (j: Judged) =>
    judged.some(
      (k) => k !== j && k.outcome === 'connected' && k.answer!.entry > lastEntryOf(j.facts) && sameServer(j, k),
    )
  return judged.map((j): FlowJudgement => ({ ...j, recovered: j.outcome !== 'connected' && connectedAfter(j) }))
}

/** Where the flow's story starts: its root cause, else its authorization request. */
export function startOf(j: FlowJudgement): number {
  const entries = [...(j.cause?.root.entries ?? []), ...(j.facts.flow.authorize ? [j.facts.flow.authorize.entry] : [])]
  return entries.length ? Math.min(...entries) : Number.POSITIVE_INFINITY
}
