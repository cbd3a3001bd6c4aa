// Privacy invariant: random secrets planted everywhere in generated captures never reach the
// report JSON, the shared report (link payload), the Markdown or the redacted HAR.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { plantSecrets } from '../../../fixtures/builder/plant-secrets.ts'
import { analyzeCapture, renderMarkdown } from '../index.ts'
import { toShareableReport } from './to-shareable.ts'
import { redactCapture } from './redact-har.ts'
import { decodeShareLink, encodeShareFragment } from './link.ts'

/** Secrets shaped like real credentials: 20–40 characters of token alphabet. */
const secret = fc.tuple(fc.stringMatching(/^[A-Za-z0-9_-]{18,38}$/), fc.integer({ min: 0, max: 9 })).map(([s, d]) => `Q${d}${s}`)
const scenario = fc.record({
  resource: fc.constantFrom(undefined, null),
  mcpAccepts: fc.boolean(),
  sanitized: fc.boolean(),
  refresh: fc.constantFrom(undefined, { resource: false, fails: true }, { resource: true }),
  protocolVersion: fc.constantFrom('2025-06-18', '2025-11-25', '2026-07-28'),
})
const RUNS = Number(process.env.CANARY_RUNS ?? 10_000)

function leaks(text: string, secrets: string[]): string[] {
  return secrets.filter((s) => text.includes(s))
}

describe('canary secrets', () => {
  it(`never leak into the report, link payload, Markdown or redacted HAR (${RUNS} captures)`, () => {
    fc.assert(
      fc.property(fc.array(secret, { minLength: 20, maxLength: 20 }), scenario, (secrets, over) => {
        const planted = plantSecrets(secrets, Object.fromEntries(Object.entries(over).filter(([, v]) => v !== undefined)))
        const raw = JSON.stringify(planted.har)
        // The secrets really are in the capture (some only inside JWT payloads): otherwise this
        // test would prove nothing.
        const jwtPayloads = [...raw.matchAll(/eyJ[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\./g)].map((m) => Buffer.from(m[1]!, 'base64url').toString('utf8'))
        expect(leaks(raw + jwtPayloads.join('\n'), planted.secrets)).toEqual(planted.secrets)
        const bytes = new TextEncoder().encode(raw)
        const { report } = analyzeCapture(bytes, 'capture.har')
        const shared = toShareableReport(report)
        const outputs = {
          report: JSON.stringify(report),
          link: JSON.stringify(shared),
          hidden: JSON.stringify(toShareableReport(report, { hideHosts: true })),
          markdown: renderMarkdown(shared),
          redacted: (() => { const r = redactCapture(bytes, 'capture.har'); return r.ok ? r.value : 'ERROR' })(),
        }
        for (const [name, text] of Object.entries(outputs)) expect(leaks(text, planted.secrets), name).toEqual([])
      }),
      { numRuns: RUNS },
    )
  }, 600_000)

  it('the encoded link itself carries none of them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(secret, { minLength: 20, maxLength: 20 }), async (secrets) => {
        const planted = plantSecrets(secrets, {})
        const { report } = analyzeCapture(new TextEncoder().encode(JSON.stringify(planted.har)), 'capture.har')
        const decoded = await decodeShareLink(await encodeShareFragment(toShareableReport(report)))
        expect(decoded.ok).toBe(true)
        expect(leaks(JSON.stringify(decoded), planted.secrets)).toEqual([])
      }),
      { numRuns: 100 },
    )
  })
})
