// The allow-list projection (PRODUCT.md §7): Report → ShareableReport. It copies the fields it
// names and nothing else; every free-text string is scrubbed, keeping only values the report
// shows on purpose (backticked in messages, or allowed fields such as client ids and resources).
import type { AudienceValue, Finding, Report } from '../types.ts'
import { endpointOf } from '../oauth/params.ts'
import { scrubFreeText } from '../scrub/scrub.ts'
import { SHARE_VERSION, type ShareableReport, type SharedFlow, type SharedReport } from './shared-report.ts'
import { hostPseudonyms, type Rewrite } from './hide-hosts.ts'

export interface ShareOptions {
  hideHosts?: boolean
  /** Passing and informational findings are left out by default: they make a link long and
   * say little (the capture notes carry what informational findings say). */
  includePassing?: boolean
}

const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)
const url = (u: string | null) => (u === null ? null : endpointOf(u))

function keepSet(report: Report): Set<string> {
  const keep = new Set<string>()
  const add = (v: unknown) => { if (typeof v === 'string' && v) keep.add(v) }
  for (const f of report.flows) {
    add(f.mcpServerUrl && endpointOf(f.mcpServerUrl)); add(f.advertisedResource); add(f.authorizationServer.issuer); add(f.client.clientId)
    for (const rp of Object.values(f.resourceParam)) if (rp.state === 'present') add(rp.value)
    for (const t of f.tokens) { add(t.iss); add(t.clientId); for (const a of [t.aud].flat()) add(a) }
  }
  for (const f of report.findings) backticked(f.message).forEach(add)
  backticked(report.verdict.summary).forEach(add)
  return keep
}

function audienceValue(v: AudienceValue, rw: Rewrite): AudienceValue {
  const value = v.value === null ? null : Array.isArray(v.value) ? v.value.map((x) => rw(x)) : rw(v.label === 'MCP server URL' ? endpointOf(v.value) : v.value)
  return { label: v.label, value, state: v.state, entry: v.entry, match: v.match }
}

export function toShareableReport(report: Report, options: ShareOptions = {}): ShareableReport {
  const keep = keepSet(report)
  const hosts = options.hideHosts ? hostPseudonyms(report) : (s: string) => s
  const text = (s: string) => hosts(scrubFreeText(s, keep))
  const value = (s: string | null) => (s === null ? null : hosts(s))
  const flows: SharedFlow[] = report.flows.map((f) => ({
    id: f.id,
    mcpServerUrl: value(url(f.mcpServerUrl)),
    advertisedResource: value(f.advertisedResource),
    authorizationServer: { issuer: value(f.authorizationServer.issuer), vendor: f.authorizationServer.vendor },
    client: { clientId: value(f.client.clientId), product: f.client.product },
    resourceParam: {
      authorize: f.resourceParam.authorize.state === 'present' ? { state: 'present', value: hosts(f.resourceParam.authorize.value) } : { state: f.resourceParam.authorize.state },
      token: f.resourceParam.token.state === 'present' ? { state: 'present', value: hosts(f.resourceParam.token.value) } : { state: f.resourceParam.token.state },
      refresh: f.resourceParam.refresh.state === 'present' ? { state: 'present', value: hosts(f.resourceParam.refresh.value) } : { state: f.resourceParam.refresh.state },
    },
    tokens: f.tokens.map((t) => ({ entry: t.entry, format: t.format, aud: t.aud === null ? null : Array.isArray(t.aud) ? t.aud.map(hosts) : hosts(t.aud), iss: value(t.iss), exp: t.exp, clientId: value(t.clientId) })),
    steps: f.steps.map((s) => ({ kind: s.kind, entry: s.entry, ...(s.status !== undefined ? { status: s.status } : {}), ...(s.captured !== undefined ? { captured: s.captured } : {}) })),
    revision: f.revision,
    audience: { reference: value(f.audience.reference), values: f.audience.values.map((v) => audienceValue(v, hosts)), vendorExpectation: f.audience.vendorExpectation },
    notCaptured: f.notCaptured.map(text),
  }))
  const findings: Finding[] = report.findings
    .filter((f) => options.includePassing || (f.status !== 'pass' && f.severity !== 'info'))
    .map((f) => ({
      rule: f.rule,
      status: f.status,
      severity: f.severity,
      flow: f.flow,
      title: f.title,
      message: text(f.message),
      entries: [...f.entries],
      spec: f.spec.map((s) => ({ doc: s.doc, section: s.section, url: s.url })),
      fix: f.fix.map((x) => ({ party: x.party, text: text(x.text) })),
      ...(f.aliases ? { aliases: [...f.aliases] } : {}),
      ...(f.consequenceOf ? { consequenceOf: f.consequenceOf } : {}),
      ...(f.party ? { party: f.party } : {}),
    }))
  const shared: SharedReport = {
    schema: 'mcp-oauth-har/shared-report@1',
    v: SHARE_VERSION,
    tool: { name: report.tool.name, version: report.tool.version },
    input: { kind: report.input.kind, exporter: report.input.exporter, entries: report.input.entries, sanitized: report.input.sanitized, hostsHidden: !!options.hideHosts },
    verdict: { outcome: report.verdict.outcome, summary: text(report.verdict.summary), rootCause: report.verdict.rootCause, party: report.verdict.party, confidence: report.verdict.confidence },
    flows,
    findings,
    completeness: report.completeness.map(text),
  }
  return shared as ShareableReport
}

