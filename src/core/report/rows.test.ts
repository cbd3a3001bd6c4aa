// The table's default view is built without one row per entry; it must be exactly the
// auth-related subset of all rows, in the same order, for every story.
import { describe, expect, it } from 'vitest'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { analyzeCapture } from '../index.ts'
import { authRequestRows, requestRows } from './rows.ts'
import { packRows, rowAt, rowOfEntry } from './row-columns.ts'

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

describe('packRows', () => {
  for (const story of STORIES) {
    it(`${story.id}: rows in columns read back as the same rows, found by entry`, () => {
      const { report, exchanges } = analyzeCapture(new TextEncoder().encode(JSON.stringify(story.har)), 'x.har')
      const rows = requestRows(exchanges, report)
      const columns = packRows(rows)
      expect(rows.map((_, i) => rowAt(columns, i))).toEqual(rows)
      for (const [i, r] of rows.entries()) expect(rowOfEntry(columns, r.entry)).toBe(i)
      // The auth-related subset is not indexed by entry: found all the same.
      const auth = packRows(rows.filter((r) => r.auth))
      for (let i = 0; i < auth.length; i++) expect(rowOfEntry(auth, auth.entry[i]!)).toBe(i)
      expect(rowOfEntry(columns, rows.length + 5)).toBe(-1)
    })
  }
})
