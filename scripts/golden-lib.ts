// Goldens hold what a reviewer must see change: the verdict, each finding's rule, status, severity,
// flow and entries, and the flow facts the rules read. Wording, spec links and fixes are left out,
// so a rule commit changes a few readable lines (issue #14). One item per line keeps diffs small.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { FlowReport, Report, ResourceParam } from '../src/core/types.ts'
import { analyzeCapture } from '../src/core/index.ts'
import { STORIES, type Story } from '../fixtures/builder/stories.ts'

export const GOLDEN_DIR = join(import.meta.dirname, '..', 'fixtures', 'golden')
export const goldenPath = (id: string) => join(GOLDEN_DIR, `${id}.json`)

const param = (p: ResourceParam) => (p.state === 'present' ? p.value : `(${p.state})`)

function flowFacts(f: FlowReport) {
  return {
    id: f.id,
    mcpServerUrl: f.mcpServerUrl,
    advertisedResource: f.advertisedResource,
    authorizationServer: `${f.authorizationServer.issuer ?? '(none)'} [${f.authorizationServer.vendor ?? '?'}]`,
    client: `${f.client.clientId ?? '(none)'} [${f.client.product ?? '?'}]`,
    revision: f.revision,
    resource: `authorize ${param(f.resourceParam.authorize)} · token ${param(f.resourceParam.token)} · refresh ${param(f.resourceParam.refresh)}`,
    steps: f.steps.map(
      (s) =>
        `${s.kind}@${s.entry}${s.status !== undefined ? ` ${s.status}` : ''}${s.captured === false ? ' (not captured)' : ''}`,
    ),
    tokens: f.tokens.map((t) => `${t.format}@${t.entry} aud=${JSON.stringify(t.aud)} iss=${t.iss ?? '-'}`),
    audience: f.audience.values.map(
      (v) =>
        `${v.label}: ${JSON.stringify(v.value)} ${v.state}${v.match ? ` ${v.match}` : ''}${v.entry !== null ? ` @${v.entry}` : ''}`,
    ),
  }
}

/** The reviewed digest of a report. */
export function goldenOf(report: Report) {
  const { outcome, rootCause, party, confidence } = report.verdict
  return {
    verdict: { outcome, rootCause, party, confidence },
    input: { entries: report.input.entries, exporter: report.input.exporter, error: report.input.error?.code ?? null },
    flows: report.flows.map(flowFacts),
    findings: report.findings.map(
      (f) =>
        `${f.status} ${f.severity} ${f.rule} ${f.flow ?? '-'} [${f.entries.join(',')}]${f.consequenceOf ? ` ← ${f.consequenceOf}` : ''}`,
    ),
  }
}

/** JSON with every array item on one line: a changed finding is a one-line diff. */
export function goldenText(report: Report): string {
  const g = goldenOf(report)
  const lines = (items: unknown[], pad: string) =>
    items.length ? `[\n${items.map((i) => `${pad}  ${JSON.stringify(i)}`).join(',\n')}\n${pad}]` : '[]'
  const flows = g.flows.map((f) => {
    const entries = Object.entries(f).map(
      ([k, v]) => `      ${JSON.stringify(k)}: ${Array.isArray(v) ? lines(v, '      ') : JSON.stringify(v)}`,
    )
    return `    {\n${entries.join(',\n')}\n    }`
  })
  return [
    '{',
    `  "verdict": ${JSON.stringify(g.verdict)},`,
    `  "input": ${JSON.stringify(g.input)},`,
    `  "flows": ${flows.length ? `[\n${flows.join(',\n')}\n  ]` : '[]'},`,
    `  "findings": ${lines(g.findings, '  ')}`,
    '}',
    '',
  ].join('\n')
}

export const storyReport = (story: Story) =>
  analyzeCapture(new TextEncoder().encode(JSON.stringify(story.har)), `${story.id}.har`).report

/** Every story's golden as it should read now. */
export function expectedGoldens(): Map<string, string> {
  return new Map(STORIES.map((s) => [s.id, goldenText(storyReport(s))]))
}

export function committedGolden(id: string): string | null {
  try {
    return readFileSync(goldenPath(id), 'utf8')
  } catch {
    return null
  }
}

export const committedGoldenIds = () =>
  readdirSync(GOLDEN_DIR)
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -'.json'.length))
