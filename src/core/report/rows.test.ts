// The table's default view is built without one row per entry; it must be exactly the
// auth-related subset of all rows, in the same order, for every story.
import { describe, expect, it } from 'vitest'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { analyzeCapture } from '../index.ts'
import { authRequestRows, requestRows } from './rows.ts'

describe('authRequestRows', () => {
  for (const story of STORIES) {
    it(`${story.id}: equals requestRows filtered to auth-related rows`, () => {
      const { report, exchanges } = analyzeCapture(new TextEncoder().encode(JSON.stringify(story.har)), 'x.har')
      const all = requestRows(exchanges, report)
      const auth = authRequestRows(exchanges, report)
      expect(auth).toEqual(all.filter((r) => r.auth))
      if (report.flows.some((f) => f.steps.length > 0)) expect(auth.length).toBeGreaterThan(0)
    })
  }
})
