// A recorded probe through the shared analysis: what the probe adds on its own.
import { describe, expect, it } from 'vitest'
import { analyzeProbe } from './analyze-probe.ts'
import type { ProbeRecord, ProbeStepRecord } from './types.ts'

const MCP = 'https://mcp.example.com/mcp'
const PRM = 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp'
const AS = 'https://acme.authkit.app'

type Step = ProbeStepRecord['request']['step']

function step(s: Step, url: string, status: number, headers: [string, string][], body: unknown): ProbeStepRecord {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const method = s.startsWith('mcp') ? ('POST' as const) : ('GET' as const)
  return {
    request: { step: s, method, url, headers: [], body: null, why: s },
    response: {
      hops: [],
      url,
      status,
      headers: headers.map(([name, value]) => ({ name, value })),
      body: text,
      bytes: text.length,
      startedMs: 0,
      durationMs: 1,
      failure: null,
    },
  }
}
const json: [string, string] = ['content-type', 'application/json']
const record = (steps: ProbeStepRecord[]): ProbeRecord => ({
  schema: 'mcp-oauth-har/probe@1',
  target: MCP,
  origin: 'http://localhost:6274',
  skipped: [],
  steps,
})

describe('analyzeProbe', () => {
  it('names what the AS vendor does with `resource`, as unknown, when discovery shows the vendor', () => {
    const r = analyzeProbe(
      record([
        step('mcp-initialize', MCP, 401, [['www-authenticate', `Bearer resource_metadata="${PRM}"`]], '{}'),
        step('prm-pointer', PRM, 200, [json], { resource: MCP, authorization_servers: [AS] }),
        step('as-metadata', `${AS}/.well-known/oauth-authorization-server`, 200, [json], {
          issuer: AS,
          authorization_endpoint: `${AS}/oauth2/authorize`,
          token_endpoint: `${AS}/oauth2/token`,
          response_types_supported: ['code'],
          code_challenge_methods_supported: ['S256'],
        }),
      ]),
    ).report
    expect(r.input.kind).toBe('probe')
    const unknown = r.findings.find((f) => f.rule === 'probe.resource.unknown')!
    expect(unknown).toMatchObject({ status: 'unknown', party: 'authorization-server' })
    expect(unknown.message).toContain('WorkOS AuthKit issues')
    expect(r.findings.some((f) => f.party === 'client' && f.status === 'fail')).toBe(false)
  })

  it('an MCP URL that answers without asking for a token says OAuth is not required', () => {
    const answer = { jsonrpc: '2.0', id: 1, result: {} }
    const r = analyzeProbe(record([step('mcp-initialize', MCP, 200, [json], answer)])).report
    expect(r.findings.find((f) => f.rule === 'probe.mcp.no-challenge')?.message).toMatch(
      /answered 200 to a request without a token: this server does not require OAuth/,
    )
    expect(r.verdict.rootCause).toBe('probe.mcp.no-challenge')
  })
})
