// A probe report pasted into the app: accepted only when it is one, and joined like the CLI joins.
import { describe, expect, it } from 'vitest'
import { readProbeReport, probeTargetOf, isJoinedWithProbe } from './read-report.ts'
import { analyzeProbe } from './analyze-probe.ts'
import { joinProbe } from './join.ts'
import { analyzeText } from '../text/analyze-text.ts'
import type { ProbeRecord } from './types.ts'

const json = (body: unknown) => JSON.stringify(body)
const h = (name: string, value: string) => ({ name, value })
const at = (url: string) => ({ hops: [], url, bytes: 0, startedMs: 0, durationMs: 1, failure: null })

/** A recorded probe of a server whose PRM `resource` carries a trailing slash. */
const record: ProbeRecord = {
  schema: 'mcp-oauth-har/probe@1', target: 'https://mcp.example.com/mcp', origin: 'http://localhost:6274', skipped: [],
  steps: [
    { request: { step: 'mcp-initialize', method: 'POST', url: 'https://mcp.example.com/mcp', headers: [], body: '{}', why: '' },
      response: { ...at('https://mcp.example.com/mcp'), status: 401, body: '{}', headers: [h('www-authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"')] } },
    { request: { step: 'prm-pointer', method: 'GET', url: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp', headers: [], body: null, why: '' },
      response: { ...at('https://mcp.example.com/.well-known/oauth-protected-resource/mcp'), status: 200, headers: [h('content-type', 'application/json')], body: json({ resource: 'https://mcp.example.com/mcp/', authorization_servers: ['https://auth.example.com'] }) } },
  ],
}

describe('probe report in the app', () => {
  it('refuses what is not a probe report, with a sentence', () => {
    expect(readProbeReport('nope')).toMatchObject({ ok: false, message: expect.stringMatching(/^This is not JSON/) })
    expect(readProbeReport('{"schema":"x"}')).toMatchObject({ ok: false, message: expect.stringMatching(/not an mcp-oauth-har report/) })
    const har = analyzeText('WWW-Authenticate: Bearer resource_metadata="https://mcp.example.com/x"', 'post').report
    expect(readProbeReport(JSON.stringify(har))).toMatchObject({ ok: false, message: expect.stringMatching(/not a probe's/) })
  })

  it('accepts the CLI\'s probe JSON and joins it to a post', () => {
    const probe = analyzeProbe(record).report
    const read = readProbeReport(JSON.stringify(probe))
    expect(read.ok).toBe(true)
    const post = analyzeText("Tool calls to https://mcp.example.com/mcp fail. Server log: audience mismatch (got 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', expected 'https://mcp.example.com/mcp')", 'post').report
    expect(probeTargetOf(post)).toBe('https://mcp.example.com/mcp')
    expect(isJoinedWithProbe(post)).toBe(false)
    const joined = joinProbe(post, read.ok ? read.report : probe)
    expect(isJoinedWithProbe(joined)).toBe(true)
    expect(joined.findings.find((f) => f.rule === 'prm.resource.mismatch')).toMatchObject({ status: 'fail', message: expect.stringMatching(/^Probe: /) })
  })
})
