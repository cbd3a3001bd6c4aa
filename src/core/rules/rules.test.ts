// Every P0 rule can fail and pass (and become unknown where a capture can hide its evidence).
import { describe, expect, it } from 'vitest'
import { analyzeCapture, ALL_RULE_IDS } from '../index.ts'
import { RULE_CASES } from './rule-cases.ts'

const UNKNOWN_APPLIES = [
  'discovery.www-authenticate.missing',
  'discovery.resource-metadata.missing',
  'prm.http-status',
  'asmeta.http-status',
  'authorize.redirect-uri.unregistered',
  'resource.authorize.mismatch-prm',
  'authorize.as-error-page',
  'iss.mismatch',
  'pkce.verifier.missing',
  'resource.token.missing',
  'mcp.auth-header.missing',
  'mcp.401.after-token',
  'flow.discovery.absent',
  'flow.token-request.absent',
  'flow.har.sanitized',
  'iss.ignored-by-client',
]
const INFO_ONLY = ['flow.revision.detect', 'at.format']

describe('rule cases', () => {
  for (const rc of RULE_CASES) {
    it(`${rc.rule} → ${rc.status}: ${rc.name}`, () => {
      const { report } = analyzeCapture(new TextEncoder().encode(JSON.stringify(rc.har())), 'case.har')
      const mine = report.findings.filter((f) => f.rule === rc.rule)
      const hit = mine.find((f) => f.status === rc.status && (!rc.severity || f.severity === rc.severity))
      expect(hit, `${rc.rule}: got ${JSON.stringify(mine.map((f) => [f.status, f.severity, f.message]))}`).toBeDefined()
      expect(hit!.rule).toBe(rc.rule)
      expect(hit!.spec.length).toBeGreaterThan(0)
      if (rc.status === 'fail' && hit!.severity !== 'info') expect(hit!.fix.length).toBeGreaterThan(0)
      if (rc.status === 'fail') expect(hit!.entries.length + (hit!.flow === null ? 1 : 0)).toBeGreaterThan(0)
    })
  }

  it('covers every rule with fail and pass, and unknown where it applies', () => {
    for (const id of ALL_RULE_IDS) {
      const statuses = new Set(RULE_CASES.filter((r) => r.rule === id).map((r) => r.status))
      expect(statuses.has('pass'), `${id} pass`).toBe(true)
      if (
        !INFO_ONLY.includes(id) &&
        !['flow.discovery.absent', 'flow.token-request.absent', 'flow.har.sanitized'].includes(id)
      )
        expect(statuses.has('fail'), `${id} fail`).toBe(true)
      if (UNKNOWN_APPLIES.includes(id)) expect(statuses.has('unknown'), `${id} unknown`).toBe(true)
    }
  })

  it('never reports a header as missing from a sanitized export', () => {
    const { report } = analyzeCapture(
      new TextEncoder().encode(JSON.stringify(RULE_CASES.find((r) => r.name === 'sanitized browser export')!.har())),
      'x.har',
    )
    expect(report.input.sanitized).toBe(true)
    expect(report.findings.filter((f) => f.rule === 'mcp.auth-header.missing' && f.status === 'fail')).toEqual([])
  })
})
