// The session hands the page rows in columns and, past the page's share, the order of the rows a
// query shows: over the auth-related rows before all rows were asked for, over all of them after.
import { describe, expect, it } from 'vitest'
import { entry } from '../../fixtures/builder/har.ts'
import { STORIES } from '../../fixtures/builder/stories.ts'
import { rowAt, type RowColumns } from '../core/index.ts'
import type { ViewQuery } from '../core/report/row-view.ts'
import { stepText } from '../core/report/row-sort.ts'
import type { FromWorker } from './protocol.ts'
import { AnalysisSession } from './session.ts'

const query: ViewQuery = { authOnly: false, failingOnly: false, classes: [], failing: [], search: '', sorting: [] }

async function opened() {
  const story = STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!
  const flow = story.har.log.entries as object[]
  // Static requests after the flow: rows that are not auth-related.
  const noise = [1, 2, 3].map((i) =>
    entry({ url: `https://cdn.example.net/app-${i}.js`, status: 200 }, flow.length + i),
  )
  const har = { log: { ...story.har.log, entries: [...flow, ...noise] } }
  const session = new AnalysisSession()
  const out: FromWorker[] = []
  const post = (m: FromWorker) => void out.push(m)
  await session.analyze(1, new Blob([JSON.stringify(har)]), 'x.har', post)
  const done = out.find((m) => m.type === 'done')!
  if (done.type !== 'done') throw new Error('no report')
  const ask = <T extends FromWorker['type']>(type: T, send: () => void) => {
    send()
    const m = out.at(-1)!
    if (m.type !== type) throw new Error(`expected ${type}, got ${m.type}`)
    return m as Extract<FromWorker, { type: T }>
  }
  return { session, done, post, ask }
}

const entries = (rows: RowColumns, order: Int32Array) => Array.from(order, (i) => rowAt(rows, i).entry)

describe('AnalysisSession rows and views', () => {
  it('sends the auth-related rows first, all rows on request, and orders either set', async () => {
    const { session, done, post, ask } = await opened()
    expect(done.rows.length).toBeGreaterThan(0)
    expect(done.rows.length).toBeLessThan(done.rowCount)
    expect(Array.from(done.rows.auth).every((a) => a === 1)).toBe(true)
    const byEntryDesc = { ...query, sorting: [{ id: 'entry', desc: true }] }
    const auth = ask('view', () => session.view(2, 'auth', byEntryDesc, post)).order
    expect(entries(done.rows, auth)).toEqual(Array.from(done.rows.entry).reverse())

    const all = ask('rows', () => session.allRows(3, post)).rows
    expect(all.length).toBe(done.rowCount)
    const order = ask('view', () => session.view(4, 'all', { ...query, search: 'token' }, post)).order
    const shown = Array.from(order, (i) => rowAt(all, i))
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThan(all.length)
    const searched = (r: (typeof shown)[number]) =>
      [r.method, r.host, r.path, String(r.status), stepText(r.step, r.carrier), r.flow ?? ''].join(' ')
    expect(shown.every((r) => /token/i.test(searched(r)))).toBe(true)
  })
})
