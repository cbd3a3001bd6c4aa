// What a failing field of an entry should have been, from the report's facts: the resource the
// server advertised is what `resource` and `aud` must carry (RFC 8707 §2, RFC 9068 §4).
import type { Finding, Report } from '../../core/index.ts'
import { highlightedFields } from './secrets.ts'

export interface EntryExpectations {
  /** Field names (lower-case) a failing finding points at. */
  fields: Set<string>
  /** Field → "should be" text, when the report knows it. */
  expected: Map<string, string>
  /** What this authorization server is known to put in `aud` (knowledge table), if anything. */
  vendorNote: string | null
  failing: Finding[]
}

export function entryExpectations(report: Report | null, entry: number | null): EntryExpectations {
  const failing =
    report && entry !== null ? report.findings.filter((f) => f.status === 'fail' && f.entries.includes(entry)) : []
  const fields = highlightedFields(failing.map((f) => f.rule))
  const expected = new Map<string, string>()
  const flow = report?.flows.find(
    (f) => f.steps.some((s) => s.entry === entry) || f.tokens.some((t) => t.entry === entry),
  )
  const reference = flow?.audience.reference ?? flow?.advertisedResource ?? null
  if (reference) {
    expected.set('resource', reference)
    expected.set('aud', reference)
  }
  return { fields, expected, failing, vendorNote: flow?.audience.vendorExpectation ?? null }
}
