// The probe's plan and redirect rules, without a network.
import { describe, expect, it } from 'vitest'
import { asMetadataUrls, challengePointers, mcpRequests, prmRequests } from './plan.ts'
import { decideRedirect } from './redirects.ts'
import { isPrivateHost, refusePrivate } from './private-hosts.ts'
import type { ProbeStepRecord } from './types.ts'

const MCP = 'https://mcp.example.com/tenant/mcp'
const INSPECTOR = 'http://localhost:6274'
const ROOT_PRM = 'https://mcp.example.com/.well-known/oauth-protected-resource'

function answered(step: ProbeStepRecord['request']['step'], challenge: string): ProbeStepRecord {
  return {
    request: { step, method: 'POST', url: MCP, headers: [], body: null, why: '' },
    response: {
      hops: [],
      url: MCP,
      status: 401,
      headers: [{ name: 'www-authenticate', value: challenge }],
      body: null,
      bytes: 0,
      startedMs: 0,
      durationMs: 0,
      failure: null,
    },
  }
}

describe('probe plan', () => {
  it('AS metadata: every RFC 8414 / OIDC form, in the order clients try them', () => {
    expect(asMetadataUrls('https://auth.example.com/tenant/')).toEqual([
      'https://auth.example.com/.well-known/oauth-authorization-server/tenant',
      'https://auth.example.com/.well-known/openid-configuration/tenant',
      'https://auth.example.com/tenant/.well-known/openid-configuration',
    ])
    expect(asMetadataUrls('https://auth.example.com')).toEqual([
      'https://auth.example.com/.well-known/oauth-authorization-server',
      'https://auth.example.com/.well-known/openid-configuration',
    ])
  })

  it('PRM: the challenge pointer first, then the path-inserted and root URLs, without repeats', () => {
    const done = [answered('mcp-2026', `Bearer resource_metadata="${ROOT_PRM}"`)]
    expect(challengePointers(done)).toEqual([ROOT_PRM])
    expect(prmRequests(MCP, INSPECTOR, done).map((r) => [r.step, r.url])).toEqual([
      ['prm-pointer', ROOT_PRM],
      ['prm-path', 'https://mcp.example.com/.well-known/oauth-protected-resource/tenant/mcp'],
    ])
  })

  it('MCP requests carry the Origin a browser-based client sends; the 2026 form states its version twice', () => {
    const [stateless, init, preflight] = mcpRequests('https://mcp.example.com/mcp', INSPECTOR)
    expect(stateless!.headers).toContainEqual({ name: 'mcp-protocol-version', value: '2026-07-28' })
    expect(JSON.parse(stateless!.body!).params._meta['io.modelcontextprotocol/protocolVersion']).toBe('2026-07-28')
    expect(JSON.parse(init!.body!).method).toBe('initialize')
    const origin = { name: 'origin', value: INSPECTOR }
    expect(preflight).toMatchObject({ method: 'OPTIONS', headers: expect.arrayContaining([origin]) })
  })
})

describe('probe redirects', () => {
  const A = 'https://a.example'
  it('follows like fetch: 307 keeps POST, 302 turns it into GET', () => {
    expect(decideRedirect(307, '/mcp/', `${A}/mcp`, 'POST', [`${A}/mcp`])).toEqual({
      follow: true,
      url: `${A}/mcp/`,
      method: 'POST',
      keepBody: true,
    })
    expect(decideRedirect(302, 'https://b.example/x', `${A}/mcp`, 'POST', [`${A}/mcp`])).toMatchObject({
      follow: true,
      method: 'GET',
      keepBody: false,
    })
  })

  it('refuses loops, long chains and https → http downgrades', () => {
    expect(decideRedirect(308, '/a', `${A}/b`, 'GET', [`${A}/a`, `${A}/b`])).toMatchObject({
      follow: false,
      failure: { kind: 'redirect-loop' },
    })
    const chain = Array.from({ length: 6 }, (_, i) => `${A}/${i}`)
    expect(decideRedirect(302, '/next', `${A}/5`, 'GET', chain)).toMatchObject({
      follow: false,
      failure: { kind: 'too-many-redirects' },
    })
    expect(decideRedirect(301, 'http://a.example/x', `${A}/y`, 'GET', [`${A}/y`])).toMatchObject({
      follow: false,
      failure: { kind: 'redirect-refused' },
    })
    expect(decideRedirect(200, undefined, `${A}/y`, 'GET', [])).toEqual({ follow: false, failure: null })
  })
})

describe('probe SSRF guard', () => {
  it('a public server cannot steer the probe into loopback or private addresses', () => {
    const privateHosts = ['localhost', '127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '[::1]']
    for (const h of [...privateHosts, '[fd00::1]']) expect(isPrivateHost(h), h).toBe(true)
    for (const h of ['mcp.example.com', '172.32.0.1', '8.8.8.8', '[2001:db8::1]']) {
      expect(isPrivateHost(h), h).toBe(false)
    }
    expect(refusePrivate('https://mcp.example.com/mcp', 'http://169.254.169.254/latest')).toMatch(/not requested/)
    expect(refusePrivate('http://127.0.0.1:3000/mcp', 'http://127.0.0.1:4000/.well-known/x')).toBeNull()
    expect(
      decideRedirect(302, 'https://10.0.0.5/', 'https://a.example/x', 'GET', ['https://a.example/x']),
    ).toMatchObject({ follow: false, failure: { kind: 'private-address' } })
    expect(
      decideRedirect(302, 'https://10.0.0.5/', 'https://a.example/x', 'GET', ['https://a.example/x'], true),
    ).toMatchObject({ follow: true })
  })
})
