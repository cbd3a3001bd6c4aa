// Pasted text → the same report shape (input.kind = "text"): claims with spans → partial evidence
// → the same rules and verdict as a HAR. Confidence tops out at "likely"; the report lists the
// claims it read and says what the text could not show.
import type { Report, TextClaim } from '../types.ts'
import { flowFacts, type FlowFacts } from '../flow/evidence.ts'
import { flowExchanges } from '../flow/model.ts'
import { clientIdVendor, vendorById } from '../knowledge/authorization-servers.ts'
import { clientByProduct, type ClientFingerprint } from '../knowledge/clients.ts'
import { runRules } from '../rules/index.ts'
import { decideVerdict } from '../report/verdict.ts'
import { flowReport } from '../report/flow-report.ts'
import { TOOL_NAME, TOOL_VERSION } from '../version.ts'
import type { Claim } from './claims.ts'
import { extractClaims, MAX_CLAIMS } from './extract.ts'
import { buildTextFlow } from './build-flow.ts'
import { failingProduct, statedVendor } from './find-names.ts'
import { knownErrorFindings } from './known-errors.ts'
import { applyTrust } from './trust.ts'
import { NOTHING_FOUND, notShown, textFinding, textVerdict } from './words.ts'

export interface TextAnalysis {
  report: Report
  claims: Claim[]
  /** The same claims, under the name the UI marks them by. */
  artefacts: Claim[]
}

/** A text about MCP that names no product: the client is an MCP client all the same (custom or SDK-built). */
const UNNAMED_MCP_CLIENT: ClientFingerprint = {
  product: 'mcp-client',
  name: 'an MCP client your text does not name',
  hosted: false,
  source: 'your text',
}
const MCP_CONTEXT = /\bMCP\s+(?:OAuth\s+)?(?:client|server|connector|SDK)s?\b|\/mcp\b|\bModel Context Protocol\b/i

const stated = (claims: readonly Claim[], kind: Claim['kind']) =>
  claims.find((c) => c.kind === kind && c.observed && !c.data.placeholder)

function completeFacts(facts: FlowFacts, claims: readonly Claim[], mcpUrl: string | null, text: string): void {
  facts.mcpServerUrl =
    mcpUrl ?? (facts.mcpServerUrl && !facts.mcpServerUrl.includes('.invalid') ? facts.mcpServerUrl : null)
  facts.vendor ??= vendorById(statedVendor(claims))
  facts.client ??= clientByProduct(failingProduct(text, claims)) ?? (MCP_CONTEXT.test(text) ? UNNAMED_MCP_CLIENT : null)
  if (facts.revisionSource.startsWith('not stated'))
    facts.revisionSource = 'not stated in your text; judged against the latest revision'
  if (!facts.clientId) {
    const aud = claims.find((c) => c.kind === 'aud' && c.data.clientId && Array.isArray(c.data.values))
    const id =
      stated(claims, 'client-id')?.data.value ??
      (aud && Array.isArray(aud.data.values) ? aud.data.values[0] : undefined)
    if (typeof id === 'string') facts.clientId = id
  }
  if (!facts.clientId) {
    // An aud in a vendor's client-id shape (WorkOS client_01…, Okta 0oa…) is that client's id.
    const auds = claims
      .filter((c) => c.kind === 'aud' && c.observed)
      .flatMap((c) => (Array.isArray(c.data.values) ? c.data.values : []))
    const shaped = auds.find((a) => clientIdVendor(a, facts.vendor?.vendor ?? null))
    if (shaped) facts.clientId = shaped
  }
}

const LONG_TEXT = `Your text is long: only its first ${MAX_CLAIMS} facts were read. Paste the part around the failure.`

const summary = (c: Claim): TextClaim => ({
  entry: c.entry,
  kind: c.kind,
  label: c.label,
  start: c.start,
  end: c.end,
  step: c.step,
  observed: c.observed,
})

export function analyzeText(text: string, name = 'pasted text'): TextAnalysis {
  const claims = extractClaims(text)
  const { flow, trust, mcpUrl } = buildTextFlow(claims)
  const exchanges = flowExchanges(flow)
  const facts = flowFacts(flow)
  completeFacts(facts, claims, mcpUrl, text)
  const flows = claims.some((c) => c.kind !== 'url') ? [facts] : []
  const raw = runRules(flows, { exchanges, sanitized: { sanitized: false, how: null }, flows }, { captureRules: false })
  const findings = applyTrust(raw, trust)
  findings.push(...knownErrorFindings(claims, findings, flows.length ? 'flow-1' : null, facts.revision))
  const verdict =
    flows.length || findings.some((f) => f.status === 'fail')
      ? textVerdict(decideVerdict(findings, flows, exchanges, 'likely'))
      : {
          outcome: 'no-flow' as const,
          summary: NOTHING_FOUND,
          rootCause: null,
          party: null,
          confidence: 'possible' as const,
        }
  const flowReports = flows.map(flowReport)
  return {
    claims,
    artefacts: claims,
    report: {
      schema: 'mcp-oauth-har/report@1',
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      input: {
        kind: 'text',
        name,
        bytes: new TextEncoder().encode(text).length,
        exporter: null,
        entries: claims.length,
        sanitized: false,
        warnings: [],
        error: null,
      },
      verdict,
      flows: flowReports,
      findings: findings.map(textFinding),
      completeness: [...notShown(claims), ...(claims.length >= MAX_CLAIMS ? [LONG_TEXT] : [])],
      claims: claims.map(summary),
    },
  }
}
