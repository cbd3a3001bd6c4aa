// The verdict (PRODUCT.md §5.7): what happened first (connected, failed, incomplete, no-flow),
// then the root cause on the causal path (causal-model.ts), the party that must act, and how
// sure we are. Returns new findings (severities capped, consequences marked); never mutates.
import type { Confidence, Exchange, Finding, Outcome, Verdict } from '../types.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { ruleById } from '../rules/index.ts'
import { consequencesOf, rootCause, type Cause } from './causal-model.ts'
import { failingIn, isFailing, judgeFlows, startOf, type FlowJudgement } from './flow-judgement.ts'
import { mergeRepeats } from './merge-repeats.ts'
import { connectedNote, noFlowSummary, outcomeSentence, rootSentence } from './verdict-words.ts'

export type { FlowJudgement } from './flow-judgement.ts'

export interface Judgement {
  verdict: Verdict
  findings: Finding[]
}

/** Copies of the findings with the verdict's reading: consequences marked, severities capped. */
function adjust(findings: readonly Finding[], judged: readonly FlowJudgement[]): Finding[] {
  const byFlow = new Map(judged.map((j) => [j.facts.flow.id, j]))
  const marks = new Map<Finding, string>()
  for (const j of judged) {
    if (!j.cause) continue
    const failing = failingIn(findings, j.facts.flow.id)
    for (const c of consequencesOf(j.cause.root, failing, ruleById)) marks.set(c, j.cause.root.rule)
  }
  return findings.map((f) => {
    const j = f.flow ? byFlow.get(f.flow) : undefined
    const out: Finding = marks.has(f) ? { ...f, consequenceOf: marks.get(f)! } : { ...f }
    if (!j || f.status === 'pass' || f.severity === 'info') return out
    if (!j.mcp.mcp) {
      const note = f.status === 'fail' ? ` (Not an MCP flow: ${j.mcp.why}; informational only.)` : ''
      return { ...out, severity: 'info', message: f.message + note }
    }
    // On a connected flow (or one a later attempt recovered from) nothing is an error.
    if (f.status === 'fail' && f.severity === 'error' && (j.outcome === 'connected' || j.recovered)) {
      return { ...out, severity: 'warning', message: `${f.message} ${connectedNote(f, j, ruleById(f.rule)?.step)}` }
    }
    return out
  })
}

/** What a connected flow did wrong without breaking: its causal root first, then what is off its path. */
function latentFindings(findings: readonly Finding[], connected: readonly FlowJudgement[]): Finding[] {
  return connected.flatMap((j) => {
    const failing = failingIn(findings, j.facts.flow.id)
    const root = j.cause?.root
    if (!root) return failing
    const after = consequencesOf(root, failing, ruleById)
    return [root, ...failing.filter((x) => x !== root && !after.includes(x))]
  })
}

function confidenceOf(cause: Cause, maxConfidence: Confidence): Confidence {
  const raw: Confidence = cause.root.severity === 'warning' ? 'possible' : cause.breakage ? 'certain' : 'likely'
  return raw === 'certain' ? maxConfidence : raw
}

const verdictOf = (
  outcome: Outcome,
  summary: string,
  confidence: Confidence,
  root: Finding | null = null,
): Verdict => ({ outcome, summary, rootCause: root?.rule ?? null, party: root?.party ?? null, confidence })

/** The verdict when no flow is MCP: nothing, other OAuth, or pasted evidence outside any flow. */
function withoutMcpFlow(adjusted: Finding[], exchanges: readonly Exchange[], judged: FlowJudgement[], max: Confidence) {
  // Evidence outside any flow (a quoted error string in pasted text) still has a cause to name.
  const loose = rootCause(
    adjusted.filter((f) => f.flow === null && isFailing(f)),
    [],
    ruleById,
  )
  if (!loose) return verdictOf('no-flow', noFlowSummary(exchanges, judged), 'certain')
  const confidence = confidenceOf(loose, max)
  const summary = `Failed, by the evidence given. ${rootSentence({ ...loose, confidence }, [], [])}`
  return verdictOf('failed', summary, confidence, loose.root)
}

/** The verdict and the findings as the report shows them. `maxConfidence` caps indirect evidence. */
export function judgeCapture(
  findings: readonly Finding[],
  flows: readonly FlowFacts[],
  exchanges: readonly Exchange[],
  maxConfidence: Confidence = 'certain',
): Judgement {
  // The verdict reads every occurrence (its entries are the first refusal's); the report lists each once.
  const j = judgeAll(findings, flows, exchanges, maxConfidence)
  return { verdict: j.verdict, findings: mergeRepeats(j.findings) }
}

function judgeAll(
  findings: readonly Finding[],
  flows: readonly FlowFacts[],
  exchanges: readonly Exchange[],
  maxConfidence: Confidence,
): Judgement {
  const textEvidence = exchanges.length > 0 && exchanges.every((ex) => ex.carrier === 'text')
  const judged = judgeFlows(findings, flows, textEvidence)
  const adjusted = adjust(findings, judged)
  const mcpFlows = judged.filter((j) => j.mcp.mcp)
  if (!mcpFlows.length) {
    return { verdict: withoutMcpFlow(adjusted, exchanges, judged, maxConfidence), findings: adjusted }
  }

  const open = mcpFlows.filter((j) => !j.recovered)
  const failed = open.filter((j) => j.outcome === 'failed')
  const connected = mcpFlows.filter((j) => j.outcome === 'connected')
  const outcome: Outcome = failed.length ? 'failed' : connected.length ? 'connected' : 'incomplete'
  const candidates = outcome === 'connected' ? [] : (failed.length ? failed : open).filter((j) => j.cause)
  const focus = candidates.sort((a, b) => startOf(a) - startOf(b))[0] ?? null
  const headline = outcomeSentence(outcome, focus ?? failed[0] ?? open[0] ?? mcpFlows[0]!, mcpFlows)

  if (focus?.cause) {
    const confidence = confidenceOf(focus.cause, maxConfidence)
    const summary = `${headline} ${rootSentence({ ...focus.cause, confidence }, [], [])}`
    return { verdict: verdictOf(outcome, summary, confidence, focus.cause.root), findings: adjusted }
  }
  const unknowns = adjusted.filter((f) => f.status === 'unknown' && f.severity !== 'info')
  const latent = outcome === 'connected' ? latentFindings(findings, connected) : []
  const earlier = mcpFlows.find((j) => j.recovered && j.cause)?.cause?.root ?? null
  const confidence: Confidence = outcome === 'connected' ? maxConfidence : unknowns.length ? 'possible' : 'likely'
  const summary = `${headline} ${rootSentence(null, unknowns, latent, earlier)}`.trim()
  return { verdict: verdictOf(outcome, summary, confidence), findings: adjusted }
}

/** The verdict alone (the pasted-text path's call). Pure: the findings are not changed. */
export function decideVerdict(
  findings: Finding[],
  flows: readonly FlowFacts[],
  exchanges: readonly Exchange[],
  maxConfidence: Confidence = 'certain',
): Verdict {
  return judgeCapture(findings, flows, exchanges, maxConfidence).verdict
}
