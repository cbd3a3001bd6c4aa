import { describe, expect, it } from 'vitest'
import type { SharedFlow } from '../../core/index.ts'
import { layoutFlow } from './sequence-layout.ts'

const flow = (steps: SharedFlow['steps']) => ({ steps })

describe('sequence layout', () => {
  it('a browser-only capture gets dashed placeholders for discovery, token and MCP request', () => {
    const arrows = layoutFlow(
      flow([
        { kind: 'authorize', entry: 0, status: 302 },
        { kind: 'callback', entry: 0, captured: false },
      ]),
      new Set([0]),
    )
    expect(arrows.map((a) => [a.label, a.dashed, a.tone])).toEqual([
      ['discovery (not captured)', true, 'missing'],
      ['authorize → 302', false, 'error'],
      ['callback (seen only as a redirect)', true, 'redirect'],
      ['token exchange (not captured)', true, 'missing'],
      ['MCP request with the token (not captured)', true, 'missing'],
    ])
    expect(arrows[2]).toMatchObject({ from: 2, to: 0 })
  })

  it('a complete flow has no placeholders and colours by status', () => {
    const arrows = layoutFlow(
      flow([
        { kind: 'mcp-unauthorized', entry: 0, status: 401 },
        { kind: 'protected-resource-metadata', entry: 1, status: 200 },
        { kind: 'authorize', entry: 2, status: 302 },
        { kind: 'callback', entry: 3, status: 200 },
        { kind: 'token', entry: 4, status: 200 },
        { kind: 'mcp-request', entry: 5, status: 200 },
      ]),
      new Set(),
    )
    expect(arrows.some((a) => a.dashed)).toBe(false)
    expect(arrows.map((a) => a.tone)).toEqual(['error', 'ok', 'redirect', 'ok', 'ok', 'ok'])
    expect(arrows.map((a) => a.to)).toEqual([1, 1, 2, 0, 2, 1])
  })
})
