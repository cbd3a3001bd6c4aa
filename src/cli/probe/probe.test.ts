// `mcp-oauth-har probe` against real software on loopback (MCP SDK auth pieces + oidc-provider),
// one configuration per test, each with the findings that configuration must produce.
import { afterEach, describe, expect, it } from 'vitest'
import { captureCli } from '../capture-cli.ts'
import { startRealLab, type RealLabOptions } from './lab/real-servers.mjs'
import { deadUrl, startBrokenHost, type Broken } from './lab/broken-servers.ts'
import type { Finding, Report } from '../../core/types.ts'

/** Loading express, the SDK and oidc-provider takes a second or two on a busy machine. */
const SLOW_START = { timeout: 20_000 }

const open: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((x) => x.close()))
})

async function cli(argv: string[], env: Record<string, string> = {}) {
  const r = await captureCli(argv, env)
  return { ...r, lines: r.err.split('\n').filter((l) => l.startsWith('probe #')) }
}

async function probeOf(options: RealLabOptions) {
  const lab = await startRealLab(options)
  open.push(lab)
  const r = await cli(['probe', lab.mcpUrl, '--json', '--timeout', '3'])
  return { ...r, lab, report: JSON.parse(r.out) as Report }
}

const status = (r: Report, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.status)
const failing = (r: Report) =>
  r.findings
    .filter((f) => f.status === 'fail')
    .map((f) => f.rule)
    .sort()
const one = (r: Report, rule: string): Finding => r.findings.find((f) => f.rule === rule)!

describe('probe: MCP SDK server × oidc-provider configurations', SLOW_START, () => {
  it('PRM at the path-inserted URL, issuer without trailing slash: discovery checks out', async () => {
    const { report, code, lines } = await probeOf({})
    expect(report.input.kind).toBe('probe')
    expect(status(report, 'prm.resource.mismatch')).toEqual(['pass'])
    expect(status(report, 'asmeta.issuer.mismatch')).toEqual(['pass'])
    expect(status(report, 'probe.registration.advertised')).toEqual(['pass'])
    // oidc-provider does not answer CORS preflights on its registration endpoint: a real finding.
    expect(failing(report)).toEqual(['discovery.cors.blocked'])
    expect(one(report, 'discovery.cors.blocked')).toMatchObject({ party: 'authorization-server', severity: 'warning' })
    expect(one(report, 'discovery.cors.blocked').message).toMatch(/preflight to http:[^ ]+\/reg answered 404/)
    expect(code).toBe(0)
    expect(lines.length).toBeGreaterThanOrEqual(8)
    expect(lines.length).toBeLessThanOrEqual(20)
    expect(lines[3]).toMatch(/GET +http:[^ ]+\/oauth-protected-resource\/mcp +— the PRM URL the 401 challenge names/)
    expect(lines[3]).toContain('names: 200 application/json')
  })

  it('PRM at the root URL the challenge names: found; the 404 at the path-inserted URL is not blamed', async () => {
    const { report, lines } = await probeOf({ prmAt: 'root' })
    expect(lines[3]).toMatch(/\/\.well-known\/oauth-protected-resource +— the PRM URL the 401 challenge names: 200/)
    expect(lines[4]).toMatch(/oauth-protected-resource\/mcp +— the path-inserted PRM URL .*: 404/)
    expect(status(report, 'prm.http-status')).toEqual(['pass'])
    expect(status(report, 'prm.resource.mismatch')).toEqual(['pass'])
  })

  it('an AS with and without RFC 8707 resource indicators: the same from discovery, and said so', async () => {
    const on = await probeOf({ resourceIndicators: true })
    const off = await probeOf({ resourceIndicators: false })
    expect(failing(on.report)).toEqual(failing(off.report))
    for (const r of [on.report, off.report]) {
      expect(one(r, 'probe.resource.unknown')).toMatchObject({ status: 'unknown', party: 'authorization-server' })
      expect(one(r, 'probe.resource.unknown').message).toMatch(/Capture a client's token request/)
    }
  })

  it('a server whose CORS does not expose WWW-Authenticate', async () => {
    const { report, code } = await probeOf({ exposeWwwAuthenticate: false })
    expect(one(report, 'discovery.cors.www-authenticate-hidden')).toMatchObject({ status: 'fail', party: 'mcp-server' })
    expect(report.verdict).toMatchObject({ rootCause: 'discovery.cors.www-authenticate-hidden', party: 'mcp-server' })
    expect(report.verdict.summary).toMatch(/^Certain for browser-based clients: /)
    expect(code).toBe(0)
  })

  it('an MCP endpoint without CORS at all: browsers cannot read the 401 or pass the preflight', async () => {
    const { report } = await probeOf({ cors: false })
    const mcp = report.findings.find((f) => f.rule === 'discovery.cors.blocked' && f.party === 'mcp-server')!
    expect(mcp.message).toMatch(/POST http:[^ ]+\/mcp answered 401 without Access-Control-Allow-Origin for http:/)
    expect(mcp.message).toMatch(/the preflight to http:[^ ]+\/mcp does not allow origin/)
    // The SDK's metadata handler brings its own CORS: PRM is readable.
    expect(mcp.message).not.toMatch(/oauth-protected-resource/)
  })

  it('an AS without a registration endpoint', async () => {
    const { report, lines } = await probeOf({ registration: false })
    expect(one(report, 'probe.registration.none')).toMatchObject({ status: 'fail', party: 'authorization-server' })
    expect(lines.some((l) => /registration endpoint/.test(l))).toBe(false)
  })

  it('an issuer with a trailing slash the PRM lists without one', async () => {
    const { report, code } = await probeOf({ issuerTrailingSlash: true })
    expect(report.verdict).toMatchObject({
      rootCause: 'asmeta.issuer.mismatch',
      party: 'authorization-server',
      confidence: 'certain',
      outcome: 'failed',
    })
    expect(one(report, 'asmeta.issuer.mismatch').message).toMatch(/differs only by a trailing slash/)
    expect(code).toBe(1)
  })

  it('a PRM resource with a trailing slash the clients do not use', async () => {
    const { report } = await probeOf({ resourceSuffix: '/' })
    expect(report.verdict).toMatchObject({
      rootCause: 'prm.resource.mismatch',
      party: 'mcp-server',
      confidence: 'certain',
    })
  })

  it('a 2025-03-26-style server with its metadata on its own origin', async () => {
    const { report, lines } = await probeOf({ legacy: true })
    expect(lines.some((l) => /2025-03-26 fallback\): 200/.test(l))).toBe(true)
    // The probe speaks 2025-11-25, where the challenge may omit resource_metadata if the PRM is at the
    // well-known URL; it is not, so the PRM nobody serves is the root cause (as for FastMCP in the lab).
    expect(report.verdict.rootCause).toBe('prm.http-status')
    expect(one(report, 'discovery.resource-metadata.missing')).toMatchObject({ status: 'fail', severity: 'info' })
    expect(one(report, 'probe.legacy-discovery')).toMatchObject({ status: 'fail', party: 'mcp-server' })
  })
})

describe('probe --register', SLOW_START, () => {
  it('registers only when asked; oidc-provider refuses the refresh_token grant MCP clients ask for', async () => {
    const lab = await startRealLab({})
    open.push(lab)
    const plain = await cli(['probe', lab.mcpUrl])
    expect(plain.lines.some((l) => /POST .*\/reg /.test(l))).toBe(false)
    const r = await cli(['probe', lab.mcpUrl, '--register', '--json'])
    expect(r.lines.at(-1)).toMatch(/POST +http:[^ ]+\/reg +— dynamic client registration \(--register\): 400/)
    const report = JSON.parse(r.out) as Report
    expect(one(report, 'dcr.response.status')).toMatchObject({ status: 'fail', party: 'authorization-server' })
    expect(one(report, 'dcr.response.status').message).toMatch(/invalid_client_metadata.*grant_types/)
  })
})

describe('probe: output like any report', SLOW_START, () => {
  it('--markdown and --share; the link decodes to the same verdict', async () => {
    const lab = await startRealLab({ issuerTrailingSlash: true })
    open.push(lab)
    const md = await cli(['probe', lab.mcpUrl, '--markdown'])
    expect(md.out).toMatch(/issuer/)
    const shared = await cli(['probe', lab.mcpUrl, '--share'], { MCP_OAUTH_HAR_BASE: 'https://triage.example.test/' })
    const link = shared.out.trim()
    expect(link).toMatch(/^https:\/\/triage\.example\.test\/#r=1\./)
    const opened = JSON.parse((await cli(['open-link', link, '--json'])).out)
    expect(opened.verdict.rootCause).toBe('asmeta.issuer.mismatch')
    // The link carries no titles: the probe's own rules get theirs back from the probe catalog.
    const cors = opened.findings.find((f: { rule: string }) => f.rule === 'discovery.cors.blocked')
    expect(cors).toMatchObject({ title: 'Browser-based clients are blocked by CORS' })
    expect(cors.spec[0].doc).toBe('WHATWG Fetch')
  })
})

describe('probe: hosts that fail below OAuth end with one clear sentence', SLOW_START, () => {
  async function broken(kind: Broken) {
    const host = await startBrokenHost(kind)
    open.push(host)
    const r = await cli(['probe', host.mcpUrl, '--timeout', '3'])
    return { ...r, host }
  }

  it('a host that does not answer', async () => {
    const r = await cli(['probe', await deadUrl(), '--timeout', '2'])
    expect(r.code).toBe(2)
    expect(r.lines).toHaveLength(1)
    expect(r.out.split('\n')[0]).toMatch(
      /could not reach the MCP server: http:[^ ]+\/mcp could not be reached: the connection was refused/,
    )
  })

  it('a host that accepts the connection and never answers', async () => {
    const host = await startBrokenHost('silent')
    open.push(host)
    const r = await cli(['probe', host.mcpUrl, '--timeout', '0.5'])
    expect(r.code).toBe(2)
    expect(r.out.split('\n')[0]).toMatch(/could not reach the MCP server: http:[^ ]+ did not answer within 0\.5 s\./)
    expect(host.requests).toHaveLength(1)
  })

  it('a host that answers HTML', async () => {
    const r = await broken('html')
    expect(r.out).toMatch(/answered 200 with an HTML page, not a 401 challenge: this is a web page, not the MCP/)
    expect(r.code).toBe(1)
  })

  it('a redirect loop', async () => {
    const r = await broken('loop')
    expect(r.out.split('\n')[0]).toMatch(/redirects in a loop \(back to http:[^ ]+\/mcp after 2 requests\)/)
    expect(r.host.requests).toEqual(['POST /mcp', 'POST /mcp/'])
    expect(r.code).toBe(2)
  })

  it('a 50 MB body is cut at 1 MB', async () => {
    const t = Date.now()
    const r = await broken('huge')
    expect(r.out).toMatch(/sent more than 1024 KB; the probe stopped reading/)
    expect(Date.now() - t).toBeLessThan(5000)
  })
})
