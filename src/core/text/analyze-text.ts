// Pasted text → the same report shape (input.kind = "text"). The text rarely proves a whole flow,
// so most rules answer "unknown"; what it does prove fails or passes; confidence tops out at "likely".
import type { Finding, Report } from '../types.ts'
import { flowFacts } from '../flow/evidence.ts'
import { flowExchanges } from '../flow/model.ts'
import { vendorById } from '../knowledge/authorization-servers.ts'
import { clientByProduct } from '../knowledge/clients.ts'
import { KNOWN_ERRORS } from '../knowledge/error-strings.ts'
import { runRules, ruleCatalogEntry } from '../rules/index.ts'
import { decideVerdict } from '../report/verdict.ts'
import { flowReport } from '../report/flow-report.ts'
import { quoteCaptured } from '../scrub/scrub.ts'
import { TOOL_NAME, TOOL_VERSION } from '../version.ts'
import type { Artefact } from './artefacts.ts'
import { extractArtefacts } from './extract.ts'
import { buildTextFlow } from './build-flow.ts'
import { failingProduct } from './products.ts'

export interface TextAnalysis {
  report: Report
  artefacts: Artefact[]
}

function knownErrorFindings(artefacts: Artefact[], findings: Finding[], flowId: string | null, rev: Parameters<typeof ruleCatalogEntry>[1]): Finding[] {
  const out: Finding[] = []
  const seen = new Set<string>()
  for (const a of artefacts) {
    if (a.kind !== 'known-error' || seen.has(String(a.data.id))) continue
    const k = KNOWN_ERRORS.find((x) => x.id === a.data.id)
    if (!k) continue
    seen.add(k.id)
    if (findings.some((f) => f.status === 'fail' && k.rules.includes(f.rule))) continue
    const rule = k.rules[0]!
    const catalog = ruleCatalogEntry(rule, rev)
    out.push({ rule, status: 'fail', severity: 'error', flow: flowId, title: catalog?.title ?? rule, message: `The text quotes "${quoteCaptured(a.text, 120)}" (entry ${a.entry}): ${k.meaning}.`, entries: [a.entry], spec: catalog?.spec ?? [], fix: [k.fix], party: k.party })
  }
  return out
}

export function analyzeText(text: string, name = 'pasted text'): TextAnalysis {
  const artefacts = extractArtefacts(text)
  const model = buildTextFlow(artefacts)
  const exchanges = flowExchanges(model)
  const facts = flowFacts(model)
  const vendor = artefacts.find((a) => a.kind === 'vendor')?.data.vendor
  facts.vendor ??= vendorById(typeof vendor === 'string' ? vendor : null)
  facts.client ??= clientByProduct(failingProduct(text, artefacts))
  if (facts.revisionSource.startsWith('not stated')) facts.revisionSource = 'not stated in the text; judged against the latest revision'
  if (!facts.clientId) {
    const id = artefacts.find((a) => a.kind === 'client-id')?.data.clientId ?? facts.tokens.map((t) => (t.decoded.format === 'jwt' ? t.decoded.claims.aud : null)).find((aud) => typeof aud === 'string' && /^client_01/.test(aud))
    if (typeof id === 'string') facts.clientId = id
  }
  const flows = exchanges.length ? [facts] : []
  const findings = runRules(flows, { exchanges, sanitized: { sanitized: false, how: null }, flows }, { captureRules: false })
  findings.push(...knownErrorFindings(artefacts, findings, flows.length ? 'flow-1' : null, facts.revision))
  const verdict = artefacts.length || findings.length
    ? decideVerdict(findings, flows, exchanges, 'likely')
    : { outcome: 'no-flow' as const, summary: 'No OAuth evidence recognised in the text. Paste server log lines, error messages or error JSON, WWW-Authenticate headers, authorization URLs, JWTs, or protected resource / authorization server metadata.', rootCause: null, party: null, confidence: 'possible' as const }
  const flowReports = flows.map(flowReport)
  return {
    artefacts,
    report: {
      schema: 'mcp-oauth-har/report@1',
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      input: { kind: 'text', name, bytes: new TextEncoder().encode(text).length, exporter: null, entries: artefacts.length, sanitized: false, warnings: [], error: null },
      verdict,
      flows: flowReports,
      findings,
      completeness: [...new Set(flowReports.flatMap((f) => f.notCaptured)), 'This diagnosis rests on pasted text: a HAR capture of the connection would show every step.'],
    },
  }
}
