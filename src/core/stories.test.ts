// Every story fixture gets the verdict a support engineer would give (issue #2 story list).
import { describe, expect, it } from 'vitest'
import { STORIES } from '../../fixtures/builder/stories.ts'
import { analyzeCapture } from './index.ts'
import { committedGolden, committedGoldenIds, goldenText } from '../../scripts/golden-lib.ts'

const analyze = (har: unknown, name = 'x.har') =>
  analyzeCapture(new TextEncoder().encode(JSON.stringify(har)), name).report

describe('story fixtures', () => {
  for (const story of STORIES) {
    it(`${story.id}: ${story.title}`, () => {
      const r = analyze(story.har, `${story.id}.har`)
      expect(r.verdict.rootCause).toBe(story.expect.rootCause)
      if (story.expect.party !== undefined) expect(r.verdict.party).toBe(story.expect.party)
      if (story.expect.confidence) expect(r.verdict.confidence).toBe(story.expect.confidence)
      const failing = r.findings.filter((f) => f.status === 'fail').map((f) => f.rule)
      for (const rule of story.expect.fails ?? []) expect(failing).toContain(rule)
      if (story.expect.noErrors)
        expect(r.findings.filter((f) => f.status === 'fail' && f.severity === 'error')).toEqual([])
      const unknown = r.findings.filter((f) => f.status === 'unknown').map((f) => f.rule)
      for (const rule of story.expect.unknowns ?? []) expect(unknown).toContain(rule)
    })
    it(`${story.id}: matches its reviewed golden (fixtures/golden/${story.id}.json)`, () => {
      // Tests never write goldens, with or without CI: a missing or different golden fails, and
      // `npm run goldens` rewrites them on purpose for review.
      const golden = committedGolden(story.id)
      expect(
        golden,
        `fixtures/golden/${story.id}.json is missing: run \`npm run goldens\` and review it`,
      ).not.toBeNull()
      expect(goldenText(analyze(story.har, `${story.id}.har`))).toBe(golden)
    })
  }

  it('every golden belongs to a story', () => {
    expect(committedGoldenIds().sort()).toEqual(STORIES.map((s) => s.id).sort())
  })

  it('names the root cause with its entry, party and vendor consequence for the motivating case', () => {
    const story = STORIES.find((s) => s.id === 'copilot-studio-workos-browser')!
    const r = analyze(story.har)
    expect(r.verdict.summary).toMatch(
      /^Not connected in this capture: .* Likely: Microsoft Copilot Studio sent no `resource` in the authorization request \(entry 0\)\. WorkOS AuthKit then issues `aud` = the client id/,
    )
    expect(r.flows[0]!.client.product).toBe('copilot-studio')
    expect(r.flows[0]!.authorizationServer.vendor).toBe('workos')
    expect(r.flows[0]!.resourceParam).toEqual({
      authorize: { state: 'absent' },
      token: { state: 'not-captured' },
      refresh: { state: 'not-captured' },
    })
    expect(r.completeness.join(' ')).toContain("token exchange happens on Microsoft Copilot Studio's servers")
  })

  it('marks later failures as consequences of the root cause', () => {
    const r = analyze(STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!.har)
    const after = r.findings.find((f) => f.rule === 'mcp.401.after-token' && f.status === 'fail')!
    expect(after.consequenceOf).toBe('resource.authorize.missing')
    const aud = r.flows[0]!.tokens[0]!
    expect(aud).toMatchObject({
      format: 'jwt',
      aud: 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH',
      iss: 'https://bright-lotus-41.authkit.app',
    })
  })

  it('unwraps MCP Inspector proxy envelopes and keeps the wrapper entry numbers', () => {
    const r = analyze(STORIES.find((s) => s.id === 'inspector-wrapped')!.har)
    const kinds = r.flows[0]!.steps.map((s) => s.kind)
    expect(kinds).toEqual(
      expect.arrayContaining([
        'mcp-unauthorized',
        'protected-resource-metadata',
        'as-metadata',
        'registration',
        'authorize',
        'token',
        'mcp-request',
      ]),
    )
    expect(r.flows[0]!.advertisedResource).toBe('https://mcp.example.com/tenant/mcp')
  })

  it('judges two flows separately and reports the earliest failure', () => {
    const r = analyze(STORIES.find((s) => s.id === 'two-flows')!.har)
    expect(r.flows.map((f) => f.id)).toEqual(['flow-1', 'flow-2'])
    expect(r.findings.find((f) => f.rule === 'resource.authorize.missing' && f.status === 'fail')!.flow).toBe('flow-1')
    expect(r.findings.find((f) => f.rule === 'resource.authorize.missing' && f.flow === 'flow-2')!.status).toBe('pass')
  })
})
