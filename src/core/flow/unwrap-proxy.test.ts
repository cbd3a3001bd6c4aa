// MCP Inspector's transport records are cited at the entry the user sees for that message: the
// `/api/mcp/send` envelope, not the `/api/log` batch that reports it one or more entries later.
import { describe, expect, it } from 'vitest'
import { har, json } from '../../../fixtures/builder/har.ts'
import { analyzeCapture } from '../index.ts'

const MCP = 'https://mcp.example.com/mcp'
const initialize = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25' } }
const JSON_HEADERS = { 'content-type': 'application/json' }
const PRM = 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp'
const CHALLENGE = { 'www-authenticate': `Bearer resource_metadata="${PRM}"` }
const proxy = (path: string, body: unknown) => ({
  method: 'POST',
  url: `http://localhost:6274${path}`,
  status: 200,
  requestHeaders: JSON_HEADERS,
  requestBody: json(body),
  responseBody: json({ ok: true }),
})
const send = (message: unknown) => proxy('/api/mcp/send', { sessionId: 's1', message })
const log = (method: string, body: unknown, status: number) => {
  const sent = body === null ? '[no body]' : JSON.stringify(body)
  const fetchRequest = { url: MCP, method, headers: JSON_HEADERS, body: sent }
  const record = { category: 'transport', fetchRequest, fetchResponse: { status, headers: CHALLENGE } }
  return proxy('/api/log', { messages: [record] })
}

describe('Inspector transport records', () => {
  it('cite the /api/mcp/send envelope of the same message, and the log entry when there is none', () => {
    const config = { url: 'http://localhost:6274/api/config', status: 200, responseBody: json({}) }
    const capture = har([send(initialize), config, log('POST', initialize, 401), log('GET', null, 401)])
    const { exchanges } = analyzeCapture(new TextEncoder().encode(JSON.stringify(capture)), 'inspector.har')
    const mcp = exchanges.filter((ex) => ex.url === MCP)
    expect(mcp.map((ex) => [ex.method, ex.entry])).toEqual([
      ['POST', 0],
      ['GET', 3],
    ])
  })
})
