// Team-written texts in the shapes real posts take: each must give the root cause and party a
// support engineer would, state the values the text gives, and never fail on suggestions.
import { describe, expect, it } from 'vitest'
import { AUDIENCE_SHAPES, RESOURCE_SHAPES } from '../../../fixtures/texts/shapes-a.ts'
import { DISCOVERY_SHAPES, MCP_SHAPES, REGISTRATION_SHAPES, TOKEN_SHAPES } from '../../../fixtures/texts/shapes-b.ts'
import { EMPTY_SHAPES, MANGLED_SHAPES, MORE_SHAPES, NAME_SHAPES } from '../../../fixtures/texts/shapes-c.ts'
import type { ShapeCase } from '../../../fixtures/texts/shape-case.ts'
import { MANGLINGS } from '../../../fixtures/texts/posts.ts'
import { analyzeText } from './analyze-text.ts'

const GROUPS: Record<string, ShapeCase[]> = {
  audience: AUDIENCE_SHAPES,
  resource: RESOURCE_SHAPES,
  discovery: DISCOVERY_SHAPES,
  registration: REGISTRATION_SHAPES,
  token: TOKEN_SHAPES,
  mcp: MCP_SHAPES,
  names: NAME_SHAPES,
  mangled: MANGLED_SHAPES,
  more: MORE_SHAPES,
  empty: EMPTY_SHAPES,
}

it('at least 60 team-written texts', () => expect(Object.values(GROUPS).flat().length).toBeGreaterThanOrEqual(60))

for (const [group, cases] of Object.entries(GROUPS)) {
  describe(`text shapes: ${group}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const r = analyzeText(c.text).report
        const flows = r.flows
        expect(r.input.kind).toBe('text')
        expect(['likely', 'possible']).toContain(r.verdict.confidence)
        if (c.rootCause === null) expect(r.verdict.rootCause).toBeNull()
        else expect(c.rootCause).toContain(r.verdict.rootCause)
        expect(Array.isArray(c.party) ? c.party : [c.party]).toContain(r.verdict.party)
        const v = c.values
        if (v.aud)
          expect(flows.flatMap((f) => f.tokens.flatMap((t) => (Array.isArray(t.aud) ? t.aud : [t.aud])))).toContain(
            v.aud,
          )
        if (v.vendor) expect(flows.map((f) => f.authorizationServer.vendor)).toContain(v.vendor)
        if (v.product) expect(flows.map((f) => f.client.product)).toContain(v.product)
        if (v.mcpServerUrl) expect(flows.map((f) => f.mcpServerUrl)).toContain(v.mcpServerUrl)
        if (v.advertisedResource) expect(flows.map((f) => f.advertisedResource)).toContain(v.advertisedResource)
        for (const rule of c.mustNotFail ?? [])
          expect(r.findings.filter((f) => f.rule === rule && f.status === 'fail')).toEqual([])
        for (const claim of r.claims ?? []) expect(claim.end).toBeGreaterThan(claim.start)
        for (const s of [r.verdict.summary, ...r.findings.map((f) => f.message)])
          expect(s).not.toMatch(/\b(capture has|entry \d|entries \d)/)
      })
    }
  })
}

describe('forum mangling changes nothing', () => {
  const gist = (text: string) => {
    const r = analyzeText(text).report
    return {
      root: r.verdict.rootCause,
      party: r.verdict.party,
      aud: r.flows.flatMap((f) => f.tokens.map((t) => t.aud)),
      mcp: r.flows.map((f) => f.mcpServerUrl),
    }
  }
  const texts = [...AUDIENCE_SHAPES.slice(0, 6), ...RESOURCE_SHAPES.slice(0, 4), ...TOKEN_SHAPES.slice(0, 3)].map(
    (c) => c.text,
  )
  for (const [name, mangle] of Object.entries(MANGLINGS)) {
    it(name, () => {
      for (const text of texts) expect(gist(mangle(text)), text).toEqual(gist(text))
    })
  }
})
