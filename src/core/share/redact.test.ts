// The redacted HAR keeps the diagnosis: same verdict, root cause, party and fail/unknown rule IDs
// for every story fixture (in every exporter's shape) and every real capture in fixtures/real/.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { ALL_CANARIES } from '../../../fixtures/builder/canary.ts'
import { EXPORTERS } from '../../../fixtures/builder/exporters.ts'
import { analyzeCapture, type Report } from '../index.ts'
import { redactCapture } from './redact-har.ts'

const diagnosis = (r: Report) => ({
  verdict: [r.verdict.outcome, r.verdict.rootCause, r.verdict.party, r.verdict.confidence],
  findings: r.findings
    .filter((f) => f.status !== 'pass')
    .map((f) => `${f.rule}:${f.status}:${f.flow}`)
    .sort(),
})

function sameDiagnosis(bytes: Uint8Array, name: string): string {
  const red = redactCapture(bytes, name)
  if (!red.ok) throw new Error(red.error.message)
  expect(red.lost).toEqual([])
  const before = analyzeCapture(bytes, name).report
  const after = analyzeCapture(new TextEncoder().encode(red.value), 'redacted.har').report
  expect(diagnosis(after)).toEqual(diagnosis(before))
  return red.value
}

const REAL = join(import.meta.dirname, '../../../fixtures/real')

describe('redacted HAR', () => {
  for (const story of STORIES) {
    it(`${story.id}: same diagnosis in every exporter's shape, no canary left`, () => {
      for (const exporter of Object.values(EXPORTERS)) {
        const file = exporter(story.har)
        const text = sameDiagnosis(file.bytes, file.name)
        for (const c of ALL_CANARIES) expect(text, `${file.name}: ${c}`).not.toContain(c)
        expect(JSON.parse(text).log.entries.length).toBe((story.har.log.entries as unknown[]).length)
      }
    })
  }

  for (const name of readdirSync(REAL).filter((n) => n.endsWith('.har'))) {
    it(`real capture ${name}: same diagnosis`, () => {
      sameDiagnosis(readFileSync(join(REAL, name)), name)
    })
  }

  it('writes known HAR fields only: no comments, unknown `_` fields, status texts or cookies', () => {
    const har = JSON.parse(JSON.stringify(STORIES.find((s) => s.id === 'trailing-slash')!.har))
    har.log.comment = 'LOG-COMMENT-PLANTED'
    for (const e of har.log.entries) {
      e.comment = 'ENTRY-COMMENT-PLANTED'
      e._custom = 'UNDERSCORE-PLANTED'
      e.request.comment = 'REQ-COMMENT-PLANTED'
      e.response.statusText = 'STATUS-TEXT-PLANTED'
      e.response.content.comment = 'CONTENT-COMMENT-PLANTED'
      e._webSocketMessages = [{ data: 'WS-PLANTED' }]
    }
    const red = redactCapture(new TextEncoder().encode(JSON.stringify(har)), 'x.har')
    expect(red.ok && red.value).not.toMatch(/PLANTED|"comment"|"_custom"/)
  })

  it('keeps an event stream as its JSON-RPC skeleton, without the values', () => {
    const har = JSON.parse(JSON.stringify(STORIES.find((s) => s.id === 'claude-ai-workos-healthy')!.har))
    const mcp = har.log.entries.find(
      (e: any) => e.request.method === 'POST' && e.response.status === 200 && /\/mcp$/.test(e.request.url),
    )
    const event = {
      jsonrpc: '2.0',
      id: 1,
      result: { protocolVersion: '2025-11-25', serverInfo: { name: 'srv', version: '1.0' }, note: 'PLANTED-note' },
    }
    const error = { jsonrpc: '2.0', id: 2, error: { code: -32001, message: 'PLANTED error text' } }
    mcp.response.content = {
      mimeType: 'text/event-stream',
      text: `event: message\ndata: ${JSON.stringify(event)}\n\nevent: message\ndata: ${JSON.stringify(error)}\n\n`,
    }
    const red = redactCapture(new TextEncoder().encode(JSON.stringify(har)), 'x.har')
    expect(red.ok).toBe(true)
    if (!red.ok) return
    const body: string = JSON.parse(red.value).log.entries.find(
      (e: any) => e.response.content.mimeType === 'text/event-stream',
    ).response.content.text
    expect(body).not.toContain('PLANTED')
    const data = body
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => JSON.parse(l.slice(6)))
    expect(data[0]).toMatchObject({
      jsonrpc: '2.0',
      id: 1,
      result: { protocolVersion: '2025-11-25', serverInfo: { name: 'srv' } },
    })
    expect(data[1]).toMatchObject({ jsonrpc: '2.0', id: 2, error: { code: -32001 } })
  })

  it('passes a bad file on as an error value', () => {
    const red = redactCapture(new TextEncoder().encode('{"nope": 1}'), 'x.json')
    expect(red.ok).toBe(false)
  })

  it('redacts a truncated file as far as it goes and says what was lost', () => {
    const text = JSON.stringify(STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!.har, null, 2)
    const red = redactCapture(new TextEncoder().encode(text.slice(0, Math.floor(text.length * 0.7))), 'cut.har')
    expect(red.ok).toBe(true)
    if (!red.ok) return
    expect(red.lost.join(' ')).toMatch(/entries were read and redacted/)
    expect(JSON.parse(red.value).log.entries.length).toBeGreaterThan(0)
  })
})
