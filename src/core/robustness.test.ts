// Property test: whatever a damaged or hostile capture looks like, the core returns a report
// (possibly with an input error) and never throws.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { STORIES } from '../../fixtures/builder/stories.ts'
import { analyzeCapture } from './index.ts'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Every path to a value inside a JSON document. */
function paths(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix)
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out))
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k]!, [...prefix, k], out)
  return out
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (!path.length) return value ?? null
  const copy = structuredClone(root)
  let node: any = copy
  for (const k of path.slice(0, -1)) node = node[k]
  const last = path[path.length - 1]!
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1)
    else delete node[last]
  } else node[last] = value
  return copy
}

const replacement = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string(),
  fc.constant('x'.repeat(200_000)),
  fc.constant([] as Json[]),
  fc.constant({} as Json),
  fc.constant('%E0%A4%A'),
  fc.constant('\ud83d'),
  fc.constant('Bearer ' + 'a.b.c'),
)

const bases = STORIES.filter((s) =>
  ['copilot-studio-workos-proxy', 'inspector-wrapped', 'refresh-without-resource', 'two-flows'].includes(s.id),
).map((s) => s.har as unknown as Json)

function analyzeOk(text: string): void {
  const { report } = analyzeCapture(new TextEncoder().encode(text), 'fuzz.har')
  expect(report.schema).toBe('mcp-oauth-har/report@1')
  expect(typeof report.verdict.summary).toBe('string')
  expect(report.verdict.summary.length).toBeGreaterThan(0)
  JSON.stringify(report)
}

describe('robustness', () => {
  it('mutated fields never make the core throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 6 }),
        (base, edits) => {
          let doc = base
          for (const [pick, value] of edits) {
            const all = paths(doc)
            doc = setAt(doc, all[pick % all.length]!, value)
          }
          analyzeOk(JSON.stringify(doc))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('truncation anywhere gives a report, never a throw', () => {
    const text = JSON.stringify(bases[0], null, 1)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (cut) => analyzeOk(text.slice(0, cut))),
      { numRuns: 200 },
    )
  })

  it('arbitrary bytes and arbitrary JSON give a report', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b)),
          fc.json(),
          fc.string(),
        ),
        (text) => analyzeOk(text),
      ),
      { numRuns: 300 },
    )
  })
})

describe('robustness of the streaming reader', () => {
  it('mutated, truncated or arbitrary input never makes it throw', async () => {
    const { analyzeStream } = await import('./stream/analyze-stream.ts')
    async function* one(b: Uint8Array, size: number) {
      for (let i = 0; i < b.length; i += size) yield b.slice(i, i + size)
    }
    const text = JSON.stringify(bases[0], null, 1)
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 0, max: text.length }).map((cut) => text.slice(0, cut)),
          fc
            .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ maxLength: 5 }))
            .map(([at, junk]) => text.slice(0, at) + junk + text.slice(at + 1)),
          fc.string(),
        ),
        fc.integer({ min: 1, max: 4096 }),
        async (input, size) => {
          const bytes = new TextEncoder().encode(input)
          // null hands the input to the whole-file path, which must then answer with a report.
          const r =
            (await analyzeStream(() => one(bytes, size), 'fuzz.har', bytes.length)) ?? analyzeCapture(bytes, 'fuzz.har')
          expect(r.report.schema).toBe('mcp-oauth-har/report@1')
        },
      ),
      { numRuns: 300 },
    )
  })
})
