// invalid_scope at the callback: the party follows what the client asked for against what the MCP
// server advertised (MCP 2025-11-25 §Scope Selection Strategy), not the error code alone.
import { describe, expect, it } from 'vitest'
import { har } from '../../../fixtures/builder/har.ts'
import { scenarioEntries } from '../../../fixtures/builder/scenario.ts'
import { workos } from '../../../fixtures/builder/stories.ts'
import { editQuery, find, isAuthorize } from '../../../fixtures/builder/mutate.ts'
import { analyzeCapture } from '../analyze.ts'

function refusedScope(requested: string) {
  const specs = scenarioEntries(
    workos({ scope: 'mcp:tools', callbackError: { error: 'invalid_scope', description: 'scope not allowed' } }),
  )
  editQuery(find(specs, isAuthorize), (p) => p.set('scope', requested))
  const report = analyzeCapture(new TextEncoder().encode(JSON.stringify(har(specs))), 'scope.har').report
  return report.findings.find((f) => f.rule === 'callback.error' && f.status === 'fail')!
}

describe('invalid_scope refusals', () => {
  it('blame the server side when the client asked for exactly what the server advertised', () => {
    const f = refusedScope('mcp:tools')
    expect(f.party).toBe('authorization-server')
    expect(f.fix[0]!.text).toMatch(/scopes_supported/)
  })

  it('blame the client when it asked for a scope the server never advertised', () => {
    expect(refusedScope('mcp:tools admin:everything').party).toBe('client')
  })
})
