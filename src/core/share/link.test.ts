// Share links: round trip for every story, size, and hostile input that must be refused cleanly.
import { describe, expect, it } from 'vitest'
import { deflateSync, strToU8 } from 'fflate'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { analyzeCapture } from '../index.ts'
import { toShareableReport } from './to-shareable.ts'
import { decodeShareLink, encodeShareFragment } from './link.ts'

const report = (id: string) =>
  analyzeCapture(new TextEncoder().encode(JSON.stringify(STORIES.find((s) => s.id === id)!.har)), `${id}.har`).report
const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64url')
const rawLink = (json: unknown, version = 1) =>
  `https://x.test/#r=${version}.${b64url(deflateSync(strToU8(JSON.stringify(json))))}`

describe('share links', () => {
  for (const story of STORIES) {
    it(`${story.id}: round trip keeps verdict, audience and rule IDs`, async () => {
      const r = report(story.id)
      const shared = toShareableReport(r)
      const fragment = await encodeShareFragment(shared)
      if (r.flows.length <= 1) expect(fragment.length).toBeLessThan(2000)
      const back = await decodeShareLink(`https://app.test/${fragment}`)
      expect(back.ok).toBe(true)
      if (!back.ok) return
      expect(back.value.verdict).toEqual(shared.verdict)
      expect(back.value.flows.map((f) => f.audience)).toEqual(shared.flows.map((f) => f.audience))
      expect(back.value.findings.map((f) => [f.rule, f.status, f.title, f.spec.length > 0])).toEqual(
        shared.findings.map((f) => [f.rule, f.status, f.title, true]),
      )
    })
  }

  it('refuses a link without a report, with a wrong version, or damaged', async () => {
    expect(await decodeShareLink('https://x.test/#entry=3')).toMatchObject({ ok: false, error: { code: 'no-report' } })
    const good = await encodeShareFragment(toShareableReport(report('trailing-slash')))
    expect(await decodeShareLink(good.replace('#r=1.', '#r=2.'))).toMatchObject({
      ok: false,
      error: { code: 'wrong-version' },
    })
    expect(await decodeShareLink(good.slice(0, Math.floor(good.length / 2)))).toMatchObject({
      ok: false,
      error: { code: 'corrupt' },
    })
    expect(await decodeShareLink('#' + encodeURIComponent(encodeURIComponent(good.slice(1))))).toMatchObject({
      ok: false,
      error: { code: 'corrupt' },
    })
    expect(await decodeShareLink('#r=1.!!!')).toMatchObject({ ok: false, error: { code: 'corrupt' } })
  })

  it('refuses a zip bomb at the inflate cap', async () => {
    const bomb = new Uint8Array(5_000_000).fill(32)
    const link = `#r=1.${b64url(deflateSync(bomb, { level: 9 }))}`
    expect(link.length).toBeLessThan(20_000)
    expect(await decodeShareLink(link)).toMatchObject({ ok: false, error: { code: 'too-large' } })
  })

  it('refuses JSON that is not a shared report', async () => {
    expect(await decodeShareLink(rawLink({ hello: 'world' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-shape' },
    })
  })

  it('ignores unknown fields and keeps hostile text as plain text', async () => {
    const shared = JSON.parse(JSON.stringify(toShareableReport(report('trailing-slash'))))
    shared.extra = { evil: true }
    shared.verdict.summary = '<img src=x onerror="window.__pwned=1">'
    const back = await decodeShareLink(rawLink(shared))
    expect(back.ok && back.value.verdict.summary).toBe('<img src=x onerror="window.__pwned=1">')
    expect(back.ok && 'extra' in back.value).toBe(false)
  })

  it('hide hostnames keeps equalities visible', () => {
    const shared = toShareableReport(report('trailing-slash'), { hideHosts: true })
    const text = JSON.stringify(shared)
    expect(text).not.toMatch(/mcp\.example\.com|authkit\.app/)
    const flow = shared.flows[0]!
    expect(flow.mcpServerUrl).toBe('https://host-1.example/tenant/mcp')
    expect(flow.resourceParam.authorize).toEqual({ state: 'present', value: 'https://host-1.example/tenant/mcp/' })
    expect(flow.audience.values.find((v) => v.label === 'resource at authorize')?.match).toBe('trailing-slash')
  })
})
