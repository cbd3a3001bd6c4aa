// A link is data written by a stranger: titles, spec links and fixes come from this app's catalog,
// hosts are shown in punycode without bidi controls, "exact" is re-checked, versions are strict.
import { describe, expect, it } from 'vitest'
import { deflateSync, strToU8 } from 'fflate'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { analyzeCapture } from '../index.ts'
import { toShareableReport } from './to-shareable.ts'
import { decodeShareLink, encodeShareFragment } from './link.ts'
import { catalogRule } from './catalog.ts'

const report = (id: string) =>
  analyzeCapture(new TextEncoder().encode(JSON.stringify(STORIES.find((s) => s.id === id)!.har)), `${id}.har`).report
const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64url')
const rawLink = (json: unknown, version = '1') =>
  `https://x.test/#r=${version}.${b64url(deflateSync(strToU8(JSON.stringify(json))))}`
const payload = () =>
  JSON.parse(JSON.stringify(toShareableReport(report('copilot-studio-workos-proxy')))) as Record<string, any>

describe('hostile share links', () => {
  it('take titles, spec links and fixes from the catalog, never from the link', async () => {
    const p = payload()
    for (const f of p.findings) {
      f.title = 'Click here to fix'
      f.spec = [{ doc: 'RFC 9999', section: '§1', url: 'https://evil.example/phish' }]
      f.fix = [{ party: 'client', text: 'Paste your token at https://evil.example' }]
    }
    const back = await decodeShareLink(rawLink(p))
    expect(back.ok).toBe(true)
    if (!back.ok) return
    const text = JSON.stringify(back.value)
    expect(text).not.toContain('evil.example')
    expect(text).not.toContain('Click here')
    const first = back.value.findings.find((f) => f.rule === 'resource.authorize.missing')!
    const catalog = catalogRule('resource.authorize.missing', '2025-11-25')!
    expect(first.title).toBe(catalog.title)
    expect(first.spec.map((s) => s.url)).toEqual(catalog.spec.map((s) => s.url))
    expect(first.fix).toEqual(catalog.fix)
  })

  it('shows an unknown rule ID as unknown, with no spec and no fix', async () => {
    const p = payload()
    p.findings[0].rule = 'totally.made-up'
    p.findings[0].title = 'Trusted title'
    const back = await decodeShareLink(rawLink(p))
    expect(back.ok && back.value.findings[0]).toMatchObject({
      rule: 'totally.made-up',
      title: expect.stringMatching(/^Unknown rule/),
      spec: [],
      fix: [],
    })
  })

  it('removes bidi controls and shows hosts in punycode', async () => {
    const p = payload()
    p.flows[0].mcpServerUrl = 'https://mcp.\u202eelpmaxe\u202c.com/mcp'
    p.flows[0].authorizationServer.issuer = 'https://аuthkit.app' // Cyrillic а
    p.verdict.summary = 'Token for раураl.com was rejected\u2066 \u2069'
    const back = await decodeShareLink(rawLink(p))
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.value.flows[0]!.mcpServerUrl).toBe('https://mcp.elpmaxe.com/mcp')
    expect(back.value.flows[0]!.authorizationServer.issuer).toMatch(/^https:\/\/xn--uthkit-[a-z0-9]+\.app$/)
    expect(back.value.verdict.summary).toMatch(/^Token for xn--[a-z0-9-]+\.com was rejected $/)
    expect(JSON.stringify(back.value)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]|[^\x00-\x7f]uthkit/)
  })

  it('re-checks an "exact" audience match instead of trusting the link (homoglyph host)', async () => {
    const p = payload()
    const flow = p.flows[0]
    flow.audience.reference = 'https://mcp.example.com/tenant/mcp'
    flow.audience.values[0] = {
      label: 'aud',
      value: 'https://mcp.exаmple.com/tenant/mcp',
      state: 'present',
      entry: 5,
      match: 'exact',
    }
    flow.audience.values[1] = {
      label: 'aud',
      value: 'https://mcp.example.com/tenant/mcp/',
      state: 'present',
      entry: 5,
      match: 'exact',
    }
    flow.audience.values[2] = {
      label: 'aud',
      value: 'https://mcp.example.com/tenant/mcp',
      state: 'present',
      entry: 5,
      match: 'exact',
    }
    const back = await decodeShareLink(rawLink(p))
    expect(back.ok).toBe(true)
    if (!back.ok) return
    const values = back.value.flows[0]!.audience.values
    expect(values[0]!.match).not.toBe('exact')
    expect(values[0]!.value).toMatch(/xn--/)
    expect(values[1]!.match).toBe('trailing-slash')
    expect(values[2]!.match).toBe('exact')
  })

  it('parses versions strictly', async () => {
    const p = payload()
    for (const v of ['01', '1.0', '+1', ' 1', '1 ']) expect((await decodeShareLink(rawLink(p, v))).ok, v).toBe(false)
    expect((await decodeShareLink(rawLink(p, '1'))).ok).toBe(true)
  })

  it('reads 1,000 findings and refuses 1,001', async () => {
    const p = payload()
    const { title: _t, spec: _s, fix: _f, ...one } = p.findings[0]
    p.findings = Array.from({ length: 1000 }, (_, i) => ({ ...one, entries: [i] }))
    const back = await decodeShareLink(rawLink(p))
    expect(back.ok ? back.value.findings.length : back.error.message).toBe(1000)
    p.findings.push(one)
    expect(await decodeShareLink(rawLink(p))).toMatchObject({ ok: false, error: { code: 'invalid-shape' } })
  })

  it('a link made by this app round-trips without title, spec or fix on the wire', async () => {
    const fragment = await encodeShareFragment(toShareableReport(report('trailing-slash')))
    const json = new TextDecoder().decode(
      (await import('fflate')).inflateSync(Buffer.from(fragment.split('.')[1]!, 'base64url')),
    )
    expect(json).not.toMatch(/"(title|spec|fix)":/)
  })
})
