// The probe's plan and redirect rules, without a network.
import { describe, expect, it } from 'vitest'
import { asMetadataUrls, challengePointers, mcpRequests, prmRequests } from './plan.ts'
import { decideRedirect } from './redirects.ts'
import type { ProbeStepRecord } from './types.ts'

const answered = (step: ProbeStepRecord['request']['step'], headers: { name: string; value: string }[]): ProbeStepRecord => ({
  request: { step, method: 'POST', url: 'https://mcp.example.com/tenant/mcp', headers: [], body: null, why: '' },
  response: { hops: [], url: 'https://mcp.example.com/tenant/mcp', status: 401, headers, body: null, bytes: 0, startedMs: 0, durationMs: 0, failure: null },
})

describe('probe plan', () => {
  it('AS metadata: every RFC 8414 / OIDC form, in the order clients try them', () => {
    expect(asMetadataUrls('https://auth.example.com/tenant/')).toEqual([
      'https://auth.example.com/.well-known/oauth-authorization-server/tenant',
      'https://auth.example.com/.well-known/openid-configuration/tenant',
      'https://auth.example.com/tenant/.well-known/openid-configuration',
    ])
    expect(asMetadataUrls('https://auth.example.com')).toEqual(['https://auth.example.com/.well-known/oauth-authorization-server', 'https://auth.example.com/.well-known/openid-configuration'])
  })

  it('PRM: the challenge pointer first, then the path-inserted and root URLs, without repeats', () => {
    const done = [answered('mcp-2026', [{ name: 'www-authenticate', value: 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource"' }])]
    expect(challengePointers(done)).toEqual(['https://mcp.example.com/.well-known/oauth-protected-resource'])
    expect(prmRequests('https://mcp.example.com/tenant/mcp', 'http://localhost:6274', done).map((r) => [r.step, r.url])).toEqual([
      ['prm-pointer', 'https://mcp.example.com/.well-known/oauth-protected-resource'],
      ['prm-path', 'https://mcp.example.com/.well-known/oauth-protected-resource/tenant/mcp'],
    ])
  })

  it('MCP requests carry the Origin a browser-based client sends; the 2026 form states its version twice', () => {
    const [stateless, init, preflight] = mcpRequests('https://mcp.example.com/mcp', 'http://localhost:6274')
    expect(stateless!.headers).toContainEqual({ name: 'mcp-protocol-version', value: '2026-07-28' })
    expect(JSON.parse(stateless!.body!).params._meta['io.modelcontextprotocol/protocolVersion']).toBe('2026-07-28')
    expect(JSON.parse(init!.body!).method).toBe('initialize')
    expect(preflight).toMatchObject({ method: 'OPTIONS', headers: expect.arrayContaining([{ name: 'origin', value: 'http://localhost:6274' }]) })
  })
})

describe('probe redirects', () => {
  it('follows like fetch: 307 keeps POST, 302 turns it into GET', () => {
    expect(decideRedirect(307, '/mcp/', 'https://a.example/mcp', 'POST', ['https://a.example/mcp'])).toEqual({ follow: true, url: 'https://a.example/mcp/', method: 'POST', keepBody: true })
    expect(decideRedirect(302, 'https://b.example/x', 'https://a.example/mcp', 'POST', ['https://a.example/mcp'])).toMatchObject({ follow: true, method: 'GET', keepBody: false })
  })

  it('refuses loops, long chains and https → http downgrades', () => {
    expect(decideRedirect(308, '/a', 'https://a.example/b', 'GET', ['https://a.example/a', 'https://a.example/b'])).toMatchObject({ follow: false, failure: { kind: 'redirect-loop' } })
    const chain = Array.from({ length: 6 }, (_, i) => `https://a.example/${i}`)
    expect(decideRedirect(302, '/next', 'https://a.example/5', 'GET', chain)).toMatchObject({ follow: false, failure: { kind: 'too-many-redirects' } })
    expect(decideRedirect(301, 'http://a.example/x', 'https://a.example/y', 'GET', ['https://a.example/y'])).toMatchObject({ follow: false, failure: { kind: 'redirect-refused' } })
    expect(decideRedirect(200, undefined, 'https://a.example/y', 'GET', [])).toEqual({ follow: false, failure: null })
  })
})
