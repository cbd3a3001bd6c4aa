// A probe report pasted into the app: accepted only when it is one, and joined like the CLI joins.
import { describe, expect, it } from 'vitest'
import { readProbeReport, probeTargetOf, isJoinedWithProbe } from './read-report.ts'
import { analyzeProbe } from './analyze-probe.ts'
import { joinProbe } from './join.ts'
import { analyzeText } from '../text/analyze-text.ts'
import type { ProbeRecord, ProbeStepRecord } from './types.ts'

const MCP = 'https://mcp.example.com/mcp'
const PRM = 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp'

type Step = ProbeStepRecord['request']['step']

function step(s: Step, url: string, status: number, header: [string, string], body: string): ProbeStepRecord {
  return {
    request: {
      step: s,
      method: url === MCP ? ('POST' as const) : ('GET' as const),
      url,
      headers: [],
      body: null,
      why: '',
    },
    response: {
      hops: [],
      url,
      status,
      headers: [{ name: header[0], value: header[1] }],
      body,
      bytes: body.length,
      startedMs: 0,
      durationMs: 1,
      failure: null,
    },
  }
}

/** A recorded probe of a server whose PRM `resource` carries a trailing slash. */
const record: ProbeRecord = {
  schema: 'mcp-oauth-har/probe@1',
  target: MCP,
  origin: 'http://localhost:6274',
  skipped: [],
  steps: [
    step('mcp-initialize', MCP, 401, ['www-authenticate', `Bearer resource_metadata="${PRM}"`], '{}'),
    step(
      'prm-pointer',
      PRM,
      200,
      ['content-type', 'application/json'],
      JSON.stringify({ resource: `${MCP}/`, authorization_servers: ['https://auth.example.com'] }),
    ),
  ],
}

describe('probe report in the app', () => {
  it('refuses what is not a probe report, with a sentence', () => {
    expect(readProbeReport('nope')).toMatchObject({ ok: false, message: expect.stringMatching(/^This is not JSON/) })
    expect(readProbeReport('{"schema":"x"}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not an mcp-oauth-har report/),
    })
    const text = analyzeText('WWW-Authenticate: Bearer resource_metadata="https://mcp.example.com/x"', 'post').report
    expect(readProbeReport(JSON.stringify(text))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a probe's/),
    })
  })

  it("accepts the CLI's probe JSON and joins it to a post", () => {
    const read = readProbeReport(JSON.stringify(analyzeProbe(record).report))
    if (!read.ok) throw new Error(read.message)
    const log =
      `Tool calls to ${MCP} fail. Server log: audience mismatch (got 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', ` +
      `expected '${MCP}')`
    const post = analyzeText(log, 'post').report
    expect(probeTargetOf(post)).toBe(MCP)
    expect(isJoinedWithProbe(post)).toBe(false)
    const joined = joinProbe(post, read.report)
    expect(isJoinedWithProbe(joined)).toBe(true)
    expect(joined.findings.find((f) => f.rule === 'prm.resource.mismatch')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/^Probe: /),
    })
  })
})
