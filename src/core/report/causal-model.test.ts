// The causal model on its own: findings built by hand, the rules' own `explains`/`observed`/`step`.
import { describe, expect, it } from 'vitest'
import type { Finding } from '../types.ts'
import { ruleById } from '../rules/index.ts'
import { breakage, causalRoots, consequencesOf, rootCause, type RuleLookup } from './causal-model.ts'

const fail = (rule: string, entries: number[], severity: Finding['severity'] = 'error'): Finding => ({
  rule,
  status: 'fail',
  severity,
  flow: 'flow-1',
  title: rule,
  message: rule,
  entries,
  spec: [],
  fix: [],
})

describe('causal model with the rule catalog', () => {
  it('never chooses a consequence over its cause, in whatever order the findings come', () => {
    const list = [
      fail('asmeta.pkce.absent', [2]),
      fail('resource.authorize.missing', [4]),
      fail('aud.equals-client-id', [5, 7]),
      fail('mcp.401.after-token', [7]),
    ]
    for (const order of [list, [...list].reverse(), [list[2]!, list[3]!, list[0]!, list[1]!]]) {
      const c = rootCause(order, [], ruleById)!
      expect(c.root.rule).toBe('resource.authorize.missing')
      expect(c.breakage!.rule).toBe('mcp.401.after-token')
    }
    // The earlier, unrelated metadata gap is not on the path and is not marked as following from it.
    const after = consequencesOf(list[1]!, list, ruleById)
      .map((f) => f.rule)
      .sort()
    expect(after).toEqual(['aud.equals-client-id', 'mcp.401.after-token'])
  })

  it('a recovered detour is not a root cause: a PRM probe that 404s before the right URL answers', () => {
    const detour = fail('prm.http-status', [1])
    const aud = fail('aud.mismatch', [6, 8])
    const rejected = fail('mcp.401.after-token', [8])
    const progress = [
      { step: 'prm' as const, entry: 2 },
      { step: 'token' as const, entry: 6 },
    ]
    expect(rootCause([detour, aud, rejected], progress, ruleById)!.root).toBe(aud)
    expect(rootCause([detour], progress, ruleById)).toBeNull()
  })

  it('the PKCE verifier mismatch explains invalid_grant; missing metadata fields do not', () => {
    const list = [
      fail('asmeta.required-fields', [2]),
      fail('pkce.verifier.mismatch', [4, 6]),
      fail('token.response.error', [6]),
    ]
    expect(rootCause(list, [{ step: 'as-metadata', entry: 2 }], ruleById)!.root.rule).toBe('pkce.verifier.mismatch')
  })

  it('a refresh that dropped resource explains the new aud and the 401 after it', () => {
    const list = [
      fail('asmeta.pkce.absent', [2]),
      fail('refresh.resource.missing', [9]),
      fail('aud.mismatch', [9, 10]),
      fail('mcp.401.after-token', [10]),
    ]
    const progress = [
      { step: 'mcp' as const, entry: 7 },
      { step: 'refresh' as const, entry: 9 },
    ]
    expect(rootCause(list, progress, ruleById)!.root.rule).toBe('refresh.resource.missing')
  })

  it('a missing resource explains an invalid_target refusal at the callback, not an invalid_scope one', () => {
    const refusal = (code: string): Finding => ({ ...fail('callback.error', [4]), code })
    const missing = fail('resource.authorize.missing', [3])
    expect(rootCause([missing, refusal('invalid_target')], [], ruleById)!.root.rule).toBe('resource.authorize.missing')
    expect(rootCause([missing, refusal('invalid_scope')], [], ruleById)!.root.rule).toBe('callback.error')
    // A refusal whose code the evidence does not show can still be explained by it.
    expect(rootCause([missing, fail('callback.error', [4])], [], ruleById)!.root.rule).toBe(
      'resource.authorize.missing',
    )
  })

  it('a token issued for another MCP server is chosen over the generic 401', () => {
    const list = [fail('mcp.token.wrong-server', [8]), fail('mcp.401.after-token', [8])]
    expect(rootCause(list, [], ruleById)!.root.rule).toBe('mcp.token.wrong-server')
  })

  it('a cause is never later than its effect', () => {
    const late = fail('resource.authorize.missing', [12])
    const rejected = fail('mcp.401.after-token', [8])
    expect(causalRoots(rejected, [late, rejected], ruleById)).toEqual([])
  })
})

describe('causal model with a made-up catalog', () => {
  const rules: RuleLookup = (id) =>
    ({
      a: { step: 'authorize' as const, explains: ['b'] },
      b: { step: 'token' as const, explains: ['c'] },
      c: { step: 'mcp' as const, observed: true },
      d: { step: 'prm' as const, observed: true },
      e: { step: 'as-metadata' as const },
      strict: { step: 'as-metadata' as const, stop: 'strict-client' as const },
      dead: { step: 'as-metadata' as const, stop: 'dead-end' as const },
    })[id]

  it('walks the chain to its start, and stops at the first unrecovered refusal', () => {
    const [a, b, c, d] = [fail('a', [3]), fail('b', [5]), fail('c', [9]), fail('d', [1])]
    expect(breakage([a, b, c, d], [{ step: 'as-metadata', entry: 2 }], rules)).toBe(c)
    expect(breakage([a, b, c, d], [], rules)).toBe(d)
    expect(rootCause([c, b, a, d], [{ step: 'prm', entry: 2 }], rules)!.root).toBe(a)
  })

  it('without a refusal, a failure the client moved past without consequence is not the cause', () => {
    const e = fail('e', [2])
    const a = fail('a', [3])
    expect(rootCause([e, a], [{ step: 'callback', entry: 4 }], rules)!.root).toBe(a)
    expect(rootCause([e], [{ step: 'callback', entry: 4 }], rules)).toBeNull()
    expect(rootCause([e], [], rules)!.root).toBe(e)
  })

  it('a failure only a strict client stops at is the cause only when the flow ends there, alone', () => {
    const strict = fail('strict', [2])
    // Nothing after it: a strict client refused here.
    expect(rootCause([strict], [], rules, 2)!.root).toBe(strict)
    // The client went on (an authorization request at entry 4), though nothing succeeded after it.
    expect(rootCause([strict], [], rules, 4)).toBeNull()
    // Another error at the same place accounts for the stop.
    const dead = fail('dead', [2])
    for (const order of [
      [strict, dead],
      [dead, strict],
    ])
      expect(rootCause(order, [], rules, 2)!.root).toBe(dead)
  })

  it('a dead end the flow ends at means the flow stopped; one the flow went past does not', () => {
    const dead = fail('dead', [2])
    expect(rootCause([dead], [], rules, 2)).toMatchObject({ root: dead, breakage: null, stopped: true })
    expect(rootCause([dead], [], rules, 5)!.stopped).toBe(false)
    expect(rootCause([fail('e', [2])], [], rules, 2)!.stopped).toBe(false)
  })
})
