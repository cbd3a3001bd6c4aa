// A probe record → the same Report as a capture (input.kind "probe"): the exchanges go through the
// classifier, rules and verdict of `analyzeExchanges`; the probe adds what only it can see.
import type { Finding, Report, Verdict } from '../types.ts'
import { analyzeExchanges, type Analysis } from '../analyze.ts'
import { LATEST } from '../flow/revision.ts'
import { probeExchanges } from './to-exchange.ts'
import { probeFindings } from './findings.ts'
import type { ProbeRecord } from './types.ts'

const SERVER_SIDE = new Set(['mcp-server', 'authorization-server'])

function order(a: Finding, b: Finding): number {
  const ea = a.entries.length ? Math.min(...a.entries) : Infinity
  const eb = b.entries.length ? Math.min(...b.entries) : Infinity
  return ea - eb
}

/** The verdict of a probe: a server-side failure proven on the wire is certain; a client-side
 * rule never fires (the probe is not the client), so "no failure" means "discovery is sound". */
function probeVerdict(record: ProbeRecord, findings: Finding[], base: Verdict): Verdict {
  if (!findings.some((f) => f.status === 'fail')) for (const f of findings) delete f.consequenceOf
  const isMcp = (step: string) => step === 'mcp-2026' || step === 'mcp-initialize'
  const reached = record.steps.some((s) => isMcp(s.request.step) && !s.response.failure)
  if (!reached) {
    const why = record.steps.find((s) => s.response.failure)?.response.failure?.message ?? 'no answer'
    const summary = `The probe could not reach the MCP server: ${why}`
    return {
      outcome: 'no-flow',
      summary,
      rootCause: 'probe.request.failed',
      party: 'mcp-server',
      confidence: 'certain',
    }
  }
  const failing = findings.filter((f) => f.status === 'fail' && SERVER_SIDE.has(f.party ?? ''))
  const worst = (severity: Finding['severity']) => failing.filter((f) => f.severity === severity).sort(order)[0]
  const root = worst('error') ?? worst('warning')
  if (!root) {
    const summary =
      "The server's public discovery follows the spec: the 401 challenge, protected resource metadata " +
      'and authorization server metadata all check out. Whether a client gets a token this server accepts shows only ' +
      "in that client's capture."
    return { outcome: 'incomplete', summary, rootCause: null, party: null, confidence: 'likely' }
  }
  // Each probe fact is proven on its own; only what the shared verdict tied to this root stays tied.
  for (const f of findings) if (f.consequenceOf && f.consequenceOf !== root.rule) delete f.consequenceOf
  const error = root.severity === 'error'
  const browserOnly = root.rule.startsWith('discovery.cors.')
  return {
    outcome: error ? 'failed' : base.outcome === 'failed' ? 'incomplete' : base.outcome,
    summary: `${error ? 'Certain' : browserOnly ? 'Certain for browser-based clients' : 'Likely'}: ${root.message}`,
    rootCause: root.rule,
    party: root.party ?? null,
    confidence: error || browserOnly ? 'certain' : 'likely',
  }
}

export function analyzeProbe(record: ProbeRecord): Analysis {
  const { exchanges, entryOfStep } = probeExchanges(record)
  const meta = {
    name: `probe of ${record.target}`,
    bytes: 0,
    exporter: 'mcp-oauth-har probe',
    creator: null,
    entries: exchanges.length,
    warnings: [],
  }
  const base = analyzeExchanges(meta, exchanges, null)
  const flow = base.report.flows[0]?.id ?? null
  const rev = base.report.flows[0]?.revision ?? LATEST
  // The probe played the client: client-side rules judge the probe, not anyone's client.
  const own = base.report.findings.filter((f) => f.party !== 'client' && f.rule !== 'flow.har.sanitized')
  const have = new Set(own.map((f) => `${f.rule} ${f.party ?? ''}`))
  const extra = probeFindings(record, entryOfStep, flow, rev).filter((f) => !have.has(`${f.rule} ${f.party ?? ''}`))
  const findings = [...own, ...extra]
  // Capture notes ("the client never reached …") describe a client; a probe has none.
  const completeness = [
    "A probe shows the server side only: the client's requests, the token and its `aud` need a capture of " +
      'that client.',
  ]
  if (record.skipped.length) {
    completeness.push(`The probe stopped at its request budget; not asked: ${record.skipped.join(', ')}.`)
  }
  const report: Report = {
    ...base.report,
    input: { ...base.report.input, kind: 'probe' },
    verdict: probeVerdict(record, findings, base.report.verdict),
    findings,
    completeness,
  }
  return { report, exchanges }
}
