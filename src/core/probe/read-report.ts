// A probe's JSON report pasted or dropped into the app (issue 15 item 4): the page never fetches,
// so the CLI probes and the page joins. Checked enough that a wrong file gets a sentence, not a crash.
import type { Report } from '../types.ts'

export type ProbeReportRead = { ok: true; report: Report } | { ok: false; message: string }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function readProbeReport(text: string): ProbeReportRead {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, message: 'This is not JSON: paste the output of `mcp-oauth-har probe <url> --json`.' }
  }
  const no = (message: string): ProbeReportRead => ({ ok: false, message })
  if (!isObject(data) || data.schema !== 'mcp-oauth-har/report@1') {
    return no('This JSON is not an mcp-oauth-har report (no "schema": "mcp-oauth-har/report@1").')
  }
  const input = data.input
  if (!isObject(input) || input.kind !== 'probe') {
    return no('This report is not a probe\'s (input.kind is not "probe"): run `mcp-oauth-har probe <url> --json`.')
  }
  const lists = [data.findings, data.flows, data.completeness]
  if (!isObject(data.verdict) || !lists.every(Array.isArray)) {
    return no('This probe report is incomplete (verdict, findings, flows or completeness missing).')
  }
  const isText = (v: unknown) => typeof v === 'string'
  const findingsOk = (data.findings as unknown[]).every(
    (f) => isObject(f) && isText(f.rule) && isText(f.status) && isText(f.message),
  )
  if (!findingsOk) return no('This probe report has malformed findings.')
  return { ok: true, report: data as unknown as Report }
}

/** The MCP URL a report names: what the client connected to, else the resource it was told about. */
export function probeTargetOf(r: Report): string | null {
  const f = r.flows.find((x) => x.mcpServerUrl || x.advertisedResource)
  return f?.mcpServerUrl ?? f?.advertisedResource ?? null
}

/** Whether a report already carries a probe's evidence. */
export function isJoinedWithProbe(r: Report): boolean {
  return r.input.kind === 'probe' || r.completeness.some((c) => c.startsWith('Joined with a probe of '))
}
