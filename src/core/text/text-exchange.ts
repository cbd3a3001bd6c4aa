// Helpers for exchanges rebuilt from pasted text: the exchange shape, the stated MCP server URL,
// and what the builder returns.
import type { Exchange, Header } from '../types.ts'
import { endpointOf } from '../oauth/params.ts'
import type { FlowModel } from '../flow/model.ts'
import type { Claim } from './claims.ts'
import type { Trust } from './trust.ts'

export const h = (name: string, value: string): Header => ({ name, value })
export const AS = 'https://authorization-server.invalid'

export function exchange(c: Claim, over: Partial<Exchange>): Exchange {
  return {
    entry: c.entry,
    carrier: 'text',
    startedMs: null,
    method: 'GET',
    url: '',
    status: 0,
    requestHeaders: [],
    responseHeaders: [],
    requestBody: null,
    responseMimeType: 'application/json',
    responseContent: null,
    responseEncoding: null,
    redirectURL: null,
    resourceType: null,
    error: null,
    ...over,
  }
}

export interface TextFlow {
  flow: FlowModel
  trust: Map<number, Trust>
  /** The MCP server URL the text states, if any. */
  mcpUrl: string | null
}

/** The MCP endpoint the text names: a URL said to be the server or ending in /mcp or /sse, or a URL
 * audience a log expected. */
export function statedMcpUrl(claims: readonly Claim[]): string | null {
  const good = (c: Claim) => c.observed && !c.data.placeholder
  const url = claims.find((c) => c.kind === 'mcp-url' && good(c)) ?? claims.find((c) => c.kind === 'mcp-url')
  if (url) return endpointOf(String(url.data.url))
  const expected = claims.find((c) => c.kind === 'expected-audience' && /^https?:\/\//.test(String(c.data.value)))
  return expected ? String(expected.data.value) : null
}
