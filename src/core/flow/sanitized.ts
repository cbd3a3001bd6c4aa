// Chrome ≥130 exports "sanitized" HARs by default: no Authorization, Cookie or Set-Cookie
// headers, and nothing in the file says so (har-format.md §1.5). Other tools replace values
// with REDACTED or [redacted]. Either way, header checks become `unknown`, never `fail`.
import type { Exchange } from '../types.ts'

const REDACTED_VALUE = /^\s*(REDACTED|\[redacted\]|\[[a-z_ -]+ redacted\]|\*{3,})\s*$/i

export interface SanitizedVerdict {
  sanitized: boolean
  how: string | null
}

export function detectSanitized(exchanges: readonly Exchange[], exporter: string | null): SanitizedVerdict {
  let credentialHeaders = 0
  for (const ex of exchanges) {
    for (const h of ex.requestHeaders) {
      if (h.name === 'authorization' || h.name === 'cookie' || h.name === 'proxy-authorization') {
        if (REDACTED_VALUE.test(h.value.replace(/^(bearer|basic)\s+/i, '')))
          return { sanitized: true, how: `credential values replaced ("${h.value.slice(0, 20)}")` }
        credentialHeaders++
      }
    }
    for (const h of ex.responseHeaders) if (h.name === 'set-cookie') credentialHeaders++
  }
  if (credentialHeaders > 0) return { sanitized: false, how: null }
  const isBrowser = exporter === 'WebInspector' || exporter === null || /chrome|edge|brave/i.test(exporter)
  // A flow that used a token (a token response, or MCP requests answered 2xx) yet no
  // credential header anywhere: the export dropped them.
  const impliesCredentials =
    exchanges.some((ex) => /"access_token"\s*:/.test(ex.responseContent ?? '')) ||
    exchanges.some(
      (ex) =>
        ex.method === 'POST' && ex.status >= 200 && ex.status < 300 && (ex.requestBody ?? '').includes('"jsonrpc"'),
    )
  if (isBrowser && impliesCredentials)
    return {
      sanitized: true,
      how: 'no Authorization, Cookie or Set-Cookie header anywhere (Chrome\'s default "sanitized" export)',
    }
  return { sanitized: false, how: null }
}
