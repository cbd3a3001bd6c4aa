// Privacy invariant (issue #12): secrets planted in every place real captures put them, in every
// story × exporter × mutation (plus truncated files), never reach a shared output: the link
// payload (which is also the downloaded report JSON), Markdown, either with hidden hosts, or the
// redacted HAR. canary.mutation.test.ts proves the check fails when the projection is disabled.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { captureShapes, leaksOf, sharedOutputs } from '../../../fixtures/builder/leak-check.ts'
import { freeText, plantEverywhere, plantSet, secretsOf } from '../../../fixtures/builder/plant-secrets.ts'
import { HAR_MUTATIONS } from '../../../fixtures/builder/mutate.ts'
import { EXPORTERS } from '../../../fixtures/builder/exporters.ts'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { decodeShareLink, encodeShareFragment } from './link.ts'
import { toShareableReport } from './to-shareable.ts'
import { analyzeCapture, type Report } from '../index.ts'

const SHAPES = captureShapes()
const jwtPayloads = (text: string) =>
  [...text.matchAll(/eyJ[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\./g)]
    .map((m) => Buffer.from(m[1]!, 'base64url').toString('utf8'))
    .join('\n')

describe('canary secrets', () => {
  it(`${SHAPES.length} capture shapes (stories × exporters × mutations) share none of them`, () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(300)
    const leaks: string[] = []
    let reachedReport = 0
    for (const shape of SHAPES) {
      const o = sharedOutputs(shape.file)
      expect(o.lost.length > 0, `${shape.name}: lost`).toBe(shape.truncated)
      // The local report really quotes planted free text: the projection is what keeps it out.
      if (shape.secrets.some((s) => JSON.stringify(o.report).includes(s))) reachedReport++
      leaks.push(...leaksOf(shape, o).map((l) => `${shape.name} ${l}`))
    }
    expect(leaks).toEqual([])
    expect(reachedReport).toBeGreaterThan(SHAPES.length / 2)
  }, 120_000)

  it('plants every secret in the captures (some only inside JWT payloads, or after a mutation)', () => {
    const k = plantSet(7)
    const texts = STORIES.flatMap((story) =>
      HAR_MUTATIONS.map((m) => JSON.stringify(m.apply(plantEverywhere(story.har, k), k))),
    )
    const seen = texts.map((t) => `${t}\n${jwtPayloads(t)}`).join('\n')
    for (const s of secretsOf(k)) expect(seen, s).toContain(s)
    expect(seen).toContain(JSON.stringify(freeText(k, 0)).slice(1, -1))
  })

  it('random secrets in random shapes: none leaks', () => {
    const stories = STORIES.filter((s) => s.id !== 'no-mcp-flow')
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 1e9 }),
        fc.constantFrom(...stories),
        fc.constantFrom(...HAR_MUTATIONS),
        fc.constantFrom(...Object.values(EXPORTERS)),
        (seed, story, mutation, exporter) => {
          const k = plantSet(seed)
          const har = mutation.apply(plantEverywhere(story.har, k), k)
          expect(
            leaksOf({
              name: 'random',
              file: exporter(har),
              secrets: secretsOf(k),
              hosts: [k.tenantHost],
              truncated: false,
            }),
          ).toEqual([])
        },
      ),
      { numRuns: Number(process.env.CANARY_RUNS ?? 60) },
    )
  })

  it('a redacted planted capture still gives the same diagnosis (every 5th shape)', () => {
    const diagnosis = (r: Report) => [
      r.verdict.outcome,
      r.verdict.rootCause,
      r.verdict.party,
      r.findings
        .filter((f) => f.status !== 'pass')
        .map((f) => `${f.rule}:${f.status}`)
        .sort(),
    ]
    for (const shape of SHAPES.filter((s, i) => i % 5 === 0 && !s.truncated)) {
      const o = sharedOutputs(shape.file)
      const after = analyzeCapture(new TextEncoder().encode(o.outputs.redacted), 'redacted.har').report
      expect(diagnosis(after), shape.name).toEqual(diagnosis(o.report))
    }
  }, 60_000)

  it('the encoded link itself carries none of them', async () => {
    for (const shape of SHAPES.filter((_, i) => i % 25 === 0)) {
      const o = sharedOutputs(shape.file)
      const decoded = await decodeShareLink(await encodeShareFragment(toShareableReport(o.report)))
      expect(decoded.ok).toBe(true)
      const text = JSON.stringify(decoded)
      expect(
        shape.secrets.filter((s) => text.includes(s)),
        shape.name,
      ).toEqual([])
    }
  })
})
