// The core's entry point: capture bytes → Report. Pure: no DOM, Node, network or clock, so the
// worker, the CLI and the tests all run exactly this.
import type { CaptureMeta, Exchange, IngestError, Report } from './types.ts'
import { readCapture, readCaptureText, restoreEntry, type Capture } from './ingest/index.ts'
import { inspectorUnwrapper } from './flow/unwrap-proxy.ts'
import { classifyAll, type Known } from './flow/classify.ts'
import { correlate } from './flow/correlate.ts'
import { flowFacts } from './flow/evidence.ts'
import { detectSanitized } from './flow/sanitized.ts'
import { byTime } from './flow/exchange-helpers.ts'
import { runRules } from './rules/index.ts'
import { judgeCapture } from './report/verdict.ts'
import { flowReport } from './report/flow-report.ts'
import { TOOL_NAME, TOOL_VERSION } from './version.ts'

export interface Analysis {
  report: Report
  exchanges: Exchange[]
}

export interface AnalyzeOptions {
  /** Called every few thousand entries while entries are restored (worker progress). */
  onProgress?: (entriesDone: number, entriesTotal: number) => void
}

export function analyzeCapture(bytes: Uint8Array, name: string, options: AnalyzeOptions = {}): Analysis {
  const read = readCapture(bytes, name)
  if (!read.ok) return { report: errorReport(name, bytes.length, read.error), exchanges: [] }
  return analyzeEntries(read.value, options)
}

/** For hosts that decoded a plain-text capture themselves (see `isBinaryCapture`). */
export function analyzeCaptureText(text: string, name: string, bytes: number): Analysis {
  const read = readCaptureText(text, name, bytes)
  if (!read.ok) return { report: errorReport(name, bytes, read.error), exchanges: [] }
  return analyzeEntries(read.value)
}

/** Entries are restored one at a time: a streaming reader can feed `Capture.rawEntries` lazily. */
export function analyzeEntries(capture: Capture, options: AnalyzeOptions = {}): Analysis {
  const exchanges: Exchange[] = []
  const total = capture.rawEntries.length
  const unwrapInspector = inspectorUnwrapper()
  capture.rawEntries.forEach((raw, i) => {
    exchanges.push(...unwrapInspector(restoreEntry(raw, i, capture.attachments)))
    if (options.onProgress && (i + 1) % 2000 === 0) options.onProgress(i + 1, total)
  })
  options.onProgress?.(total, total)
  return analyzeExchanges(capture.meta, exchanges, capture.problem)
}

/** Everything after ingest: shared by the whole-file path and the streaming reader, which may
 * pass what it already collected entry by entry (`collectKnown` of these same exchanges). */
export function analyzeExchanges(
  meta: CaptureMeta,
  exchanges: Exchange[],
  problem: IngestError | null,
  known?: Known,
): Analysis {
  const classified = classifyAll(exchanges, known)
  const flows = correlate(classified)
    .sort((a, b) => byTime(firstOf(a), firstOf(b)))
    .map((f, i) => ({ ...f, id: `flow-${i + 1}` }))
    .map(flowFacts)
  const sanitized = detectSanitized(exchanges, meta.exporter)
  const { verdict, findings } = judgeCapture(runRules(flows, { exchanges, sanitized, flows }), flows, exchanges)
  const flowReports = flows.map(flowReport)
  const completeness = [...new Set(flowReports.flatMap((f) => f.notCaptured))]
  if (sanitized.sanitized) completeness.unshift(`Credential headers were removed (${sanitized.how}).`)
  if (problem) completeness.unshift(problem.message)
  return {
    report: {
      schema: 'mcp-oauth-har/report@1',
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      input: {
        kind: 'har',
        name: meta.name,
        bytes: meta.bytes,
        exporter: meta.exporter,
        entries: meta.entries,
        sanitized: sanitized.sanitized,
        warnings: meta.warnings,
        error: problem,
      },
      verdict,
      flows: flowReports,
      findings,
      completeness,
    },
    exchanges,
  }
}

function firstOf(f: ReturnType<typeof correlate>[number]): Exchange {
  const all = [
    f.authorize,
    ...f.challenges,
    ...f.prm,
    ...f.asMetadata,
    ...f.registrations,
    ...f.tokens,
    ...f.refreshes,
    ...f.mcp,
  ].filter((e): e is Exchange => !!e)
  return all.sort(byTime)[0]!
}

export function errorReport(name: string, bytes: number, error: IngestError): Report {
  return {
    schema: 'mcp-oauth-har/report@1',
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    input: { kind: 'har', name, bytes, exporter: null, entries: 0, sanitized: false, warnings: [], error },
    verdict: { outcome: 'no-flow', summary: error.message, rootCause: null, party: null, confidence: 'certain' },
    flows: [],
    findings: [],
    completeness: [],
  }
}
