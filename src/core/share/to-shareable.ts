// The allow-list projection (PRODUCT.md §7): Report → ShareableReport. It copies the fields it
// names and nothing else. Captured free text (quoted descriptions, page text) is kept only when
// every part of it is recognised (free-text.ts); every other string is scrubbed as a second line;
// URL path segments that look like keys or ids become stand-ins; "Hide hostnames" replaces hosts.
import type { AudienceValue, Finding, Report } from '../types.ts'
import { endpointOf } from '../oauth/params.ts'
import { scrubFreeText } from '../scrub/scrub.ts'
import { projectMessage } from './free-text.ts'
import { SHARE_VERSION, type ShareableReport, type SharedFlow, type SharedReport } from './shared-report.ts'
import { hostPseudonyms } from './hide-hosts.ts'
import { PathIds } from './path-ids.ts'

export interface ShareOptions {
  hideHosts?: boolean
  /** Passing and informational findings are left out by default: they make a link long and
   * say little (the capture notes carry what informational findings say). */
  includePassing?: boolean
}

/** HAR writers by `log.creator.name` (har-format.md §1.3); any other name is not shared. */
const EXPORTERS = new Set([
  'WebInspector',
  'Firefox',
  'Fiddler',
  'mitmproxy',
  'Charles Proxy',
  'Playwright',
  'Polly.JS',
  'HTTP Toolkit',
  'Proxyman',
  'Burp Suite',
  'Safari',
  'Insomnia',
  'Postman',
  'mcp-oauth-har lab proxy',
  'mcp-oauth-har',
])
const exporterOf = (name: string | null) => (name === null ? null : EXPORTERS.has(name) ? name : 'another exporter')
const url = (u: string | null) => (u === null ? null : endpointOf(u))

/** Values the shared report shows on purpose (PRODUCT.md §7): a quote made of them is safe. */
function knownValues(report: Report): Set<string> {
  const keep = new Set<string>()
  const add = (v: unknown) => {
    if (typeof v === 'string' && v) keep.add(v)
  }
  for (const f of report.flows) {
    add(f.mcpServerUrl && endpointOf(f.mcpServerUrl))
    add(f.advertisedResource)
    add(f.authorizationServer.issuer)
    add(f.client.clientId)
    for (const rp of Object.values(f.resourceParam)) if (rp.state === 'present') add(rp.value)
    for (const t of f.tokens) {
      add(t.iss)
      add(t.clientId)
      for (const a of [t.aud].flat()) add(a)
    }
    add(f.audience.reference)
    for (const v of f.audience.values) for (const x of [v.value].flat()) add(x)
  }
  return keep
}

export function toShareableReport(report: Report, options: ShareOptions = {}): ShareableReport {
  const known = knownValues(report)
  const ids = new PathIds(!!options.hideHosts)
  const hosts = options.hideHosts ? hostPseudonyms(report) : (s: string) => s
  const value = (s: string) => hosts(ids.inText(s))
  const opt = (s: string | null) => (s === null ? null : value(s))
  const text = (s: string) => value(scrubFreeText(projectMessage(s, known), known))
  const aud = (a: string | string[] | null) => (a === null ? null : Array.isArray(a) ? a.map(value) : value(a))
  const audienceValue = (v: AudienceValue): AudienceValue => ({
    label: v.label,
    value:
      v.value === null
        ? null
        : aud(v.label === 'MCP server URL' && !Array.isArray(v.value) ? endpointOf(v.value) : v.value),
    state: v.state,
    entry: v.entry,
    match: v.match,
  })
  const rp = (r: SharedFlow['resourceParam']['authorize']): SharedFlow['resourceParam']['authorize'] =>
    r.state === 'present' ? { state: 'present', value: value(r.value) } : { state: r.state }
  const flows: SharedFlow[] = report.flows.map((f) => ({
    id: f.id,
    mcpServerUrl: opt(url(f.mcpServerUrl)),
    advertisedResource: opt(f.advertisedResource),
    authorizationServer: { issuer: opt(f.authorizationServer.issuer), vendor: f.authorizationServer.vendor },
    client: { clientId: opt(f.client.clientId), product: f.client.product },
    resourceParam: {
      authorize: rp(f.resourceParam.authorize),
      token: rp(f.resourceParam.token),
      refresh: rp(f.resourceParam.refresh),
    },
    tokens: f.tokens.map((t) => ({
      entry: t.entry,
      format: t.format,
      aud: aud(t.aud),
      iss: opt(t.iss),
      exp: t.exp,
      clientId: opt(t.clientId),
    })),
    steps: f.steps.map((s) => ({
      kind: s.kind,
      entry: s.entry,
      ...(s.status !== undefined ? { status: s.status } : {}),
      ...(s.captured !== undefined ? { captured: s.captured } : {}),
    })),
    revision: f.revision,
    audience: {
      reference: opt(f.audience.reference),
      values: f.audience.values.map(audienceValue),
      vendorExpectation: f.audience.vendorExpectation === null ? null : text(f.audience.vendorExpectation),
    },
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
    input: {
      kind: report.input.kind,
      exporter: exporterOf(report.input.exporter),
      entries: report.input.entries,
      sanitized: report.input.sanitized,
      hostsHidden: !!options.hideHosts,
    },
    verdict: {
      outcome: report.verdict.outcome,
      summary: text(report.verdict.summary),
      rootCause: report.verdict.rootCause,
      party: report.verdict.party,
      confidence: report.verdict.confidence,
    },
    flows,
    findings,
    completeness: report.completeness.map(text),
  }
  return shared as ShareableReport
}
