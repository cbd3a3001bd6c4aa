// The verdict (PRODUCT.md §5.7): what happened first (connected, failed, incomplete, no-flow),
// then the root cause on the causal path (causal-model.ts), the party that must act, and how
// sure we are. Returns new findings (severities capped, consequences marked); never mutates.
import type { Confidence, Exchange, Finding, Outcome, Verdict } from '../types.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { flowProgress, lastTokenAnswer } from '../flow/progress.ts'
import { flowExchanges } from '../flow/model.ts'
import { mcpEvidence, type McpEvidence } from '../flow/mcp-or-not.ts'
import { ruleById } from '../rules/index.ts'
import { consequencesOf, rootCause, type Cause } from './causal-model.ts'
import { connectedNote, noFlowSummary, outcomeSentence, rootSentence } from './verdict-words.ts'

export interface Judgement {
  verdict: Verdict
  findings: Finding[]
}

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

const isFailing = (f: Finding) => f.status === 'fail' && f.severity !== 'info'
const firstEntry = (j: FlowJudgement) => Math.min(...[j.cause?.root.entries ?? [], j.facts.flow.authorize ? [j.facts.flow.authorize.entry] : []].flat(), Number.POSITIVE_INFINITY)
const ok = (ex: Exchange) => ex.status >= 200 && ex.status < 300

function judgeFlow(f: FlowFacts, findings: readonly Finding[], textEvidence: boolean): Omit<FlowJudgement, 'recovered'> {
  const failing = findings.filter((x) => x.flow === f.flow.id && isFailing(x))
  const cause = rootCause(failing, flowProgress(f), ruleById)
  const answer = lastTokenAnswer(f)
  // A refusal after the server's last answer (a refresh that failed) is where the flow now stands.
  const brokeLater = !!cause?.breakage && (!answer || Math.max(...cause.breakage.entries) > answer.entry)
  const outcome = brokeLater ? 'failed' : answer ? (ok(answer) ? 'connected' : 'failed') : 'incomplete'
  // Pasted text is about an MCP connection by the user's own choice: no need to prove it.
  const mcp = textEvidence ? { mcp: true, why: 'pasted text' } : mcpEvidence(f)
  return { facts: f, mcp, outcome, cause, answer }
}

/** Flow judgements with `recovered` set: a later flow to the same server connected. */
export function judgeFlows(findings: readonly Finding[], flows: readonly FlowFacts[], textEvidence = false): FlowJudgement[] {
  const judged = flows.map((f) => judgeFlow(f, findings, textEvidence))
  const server = (j: (typeof judged)[number]) => j.facts.mcpServerUrl
  const lastEntry = (j: (typeof judged)[number]) => Math.max(...flowExchanges(j.facts.flow).map((ex) => ex.entry))
  // Recovered: a flow to the same MCP server (or one whose server the capture does not show)
  // connected after this one ended, e.g. a new sign-in after a refresh was refused.
  return judged.map((j) => ({
    ...j,
    recovered: j.outcome !== 'connected' && judged.some((k) => k !== j && k.outcome === 'connected' && k.answer!.entry > lastEntry(j) && (server(k) === server(j) || !server(k) || !server(j))),
  }))
}

function adjust(findings: readonly Finding[], judged: readonly FlowJudgement[]): Finding[] {
  const byFlow = new Map(judged.map((j) => [j.facts.flow.id, j]))
  const marks = new Map<Finding, string>()
  for (const j of judged) {
    if (!j.cause) continue
    const failing = findings.filter((x) => x.flow === j.facts.flow.id && isFailing(x))
    for (const c of consequencesOf(j.cause.root, failing, ruleById)) marks.set(c, j.cause.root.rule)
  }
  return findings.map((f) => {
    const j = f.flow ? byFlow.get(f.flow) : undefined
    const out: Finding = marks.has(f) ? { ...f, consequenceOf: marks.get(f)! } : { ...f }
    if (!j || f.status === 'pass' || f.severity === 'info') return out
    if (!j.mcp.mcp) return { ...out, severity: 'info', message: f.status === 'fail' ? `${f.message} (Not an MCP flow: ${j.mcp.why}; informational only.)` : f.message }
    if (f.status !== 'fail') return out
    if (f.severity === 'error' && (j.outcome === 'connected' || j.recovered)) {
      return { ...out, severity: 'warning', message: `${f.message} ${connectedNote(f, j, ruleById(f.rule)?.step)}` }
    }
    return out
  })
}

/** What a connected flow did wrong without breaking: its causal roots, then the rest. */
function latentFindings(findings: readonly Finding[], connected: readonly FlowJudgement[]): Finding[] {
  return connected.flatMap((j) => {
    const failing = findings.filter((x) => x.flow === j.facts.flow.id && isFailing(x))
    const root = j.cause?.root
    return root ? [root, ...failing.filter((x) => x !== root && !consequencesOf(root, failing, ruleById).includes(x))] : failing
  })
}

function confidenceOf(cause: Cause, maxConfidence: Confidence): Confidence {
  const raw: Confidence = cause.root.severity === 'warning' ? 'possible' : cause.breakage ? 'certain' : 'likely'
  return raw === 'certain' && maxConfidence !== 'certain' ? maxConfidence : raw
}

/** The verdict and the findings as the report shows them. `maxConfidence` caps indirect evidence. */
export function judgeCapture(findings: readonly Finding[], flows: readonly FlowFacts[], exchanges: readonly Exchange[], maxConfidence: Confidence = 'certain'): Judgement {
  const textEvidence = exchanges.length > 0 && exchanges.every((ex) => ex.carrier === 'text')
  const judged = judgeFlows(findings, flows, textEvidence)
  const adjusted = adjust(findings, judged)
  const mcpFlows = judged.filter((j) => j.mcp.mcp)
  // Evidence outside any flow (a quoted error string in pasted text) still has a cause to name.
  const loose = adjusted.filter((f) => f.flow === null && isFailing(f))
  const looseCause = !mcpFlows.length && loose.length ? rootCause(loose, [], ruleById) : null
  if (looseCause) {
    const confidence = confidenceOf(looseCause, maxConfidence)
    const summary = `Failed, by the evidence given. ${rootSentence({ ...looseCause, confidence }, [], [])}`
    return { verdict: { outcome: 'failed', summary, rootCause: looseCause.root.rule, party: looseCause.root.party ?? null, confidence }, findings: adjusted }
  }
  if (!mcpFlows.length) {
    return { verdict: { outcome: 'no-flow', summary: noFlowSummary(exchanges, judged), rootCause: null, party: null, confidence: 'certain' }, findings: adjusted }
  }
  const open = mcpFlows.filter((j) => !j.recovered)
  const failed = open.filter((j) => j.outcome === 'failed')
  const outcome: Outcome = failed.length ? 'failed' : mcpFlows.some((j) => j.outcome === 'connected') ? 'connected' : 'incomplete'
  const focus = outcome === 'connected' ? null : [...(failed.length ? failed : open)].filter((j) => j.cause).sort((a, b) => firstEntry(a) - firstEntry(b))[0] ?? null
  const headline = outcomeSentence(outcome, focus ?? failed[0] ?? open[0] ?? mcpFlows[0]!, mcpFlows)
  if (!focus?.cause) {
    const unknowns = adjusted.filter((f) => f.status === 'unknown' && f.severity !== 'info')
    const connectedIds = new Set(mcpFlows.filter((j) => j.outcome === 'connected').map((j) => j.facts.flow.id))
    const latent = outcome === 'connected' ? latentFindings(findings, judged.filter((j) => connectedIds.has(j.facts.flow.id))) : []
    const earlier = mcpFlows.find((j) => j.recovered && j.cause)?.cause?.root ?? null
    const confidence: Confidence = outcome === 'connected' ? (maxConfidence === 'certain' ? 'certain' : maxConfidence) : unknowns.length ? 'possible' : 'likely'
    return { verdict: { outcome, summary: `${headline} ${rootSentence(null, unknowns, latent, earlier)}`.trim(), rootCause: null, party: null, confidence }, findings: adjusted }
  }
  const { root, breakage } = focus.cause
  const confidence = confidenceOf(focus.cause, maxConfidence)
  return {
    verdict: { outcome, summary: `${headline} ${rootSentence({ root, breakage, confidence }, [], [])}`, rootCause: root.rule, party: root.party ?? null, confidence },
    findings: adjusted,
  }
}

/** The verdict alone (the pasted-text path's call). Pure: the findings are not changed. */
export function decideVerdict(findings: Finding[], flows: readonly FlowFacts[], exchanges: readonly Exchange[], maxConfidence: Confidence = 'certain'): Verdict {
  return judgeCapture(findings, flows, exchanges, maxConfidence).verdict
}
