// Body text on demand: most entries are never looked at, so base64 is decoded only when a rule
// or the detail view asks (keeps the 100 MB capture path close to plain JSON.parse).
import type { Exchange } from '../types.ts'

export function decodeBase64Text(b64: string): string | null {
  try {
    const bin = atob(b64.replace(/\s+/g, ''))
    const bytes = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
    return new TextDecoder('utf-8').decode(bytes)
  } catch {
    return null
  }
}

export function responseText(ex: Exchange): string | null {
  if (ex.responseContent === null) return null
  if (ex.responseEncoding?.toLowerCase() === 'base64') return decodeBase64Text(ex.responseContent)
  return ex.responseContent
}

/** The response body parsed as a JSON object, or null (HTML error pages, SSE, empty bodies). */
export function responseJson(ex: Exchange): Record<string, unknown> | null {
  return parseJsonObject(responseText(ex))
}

export function parseJsonObject(text: string | null): Record<string, unknown> | null {
  if (!text) return null
  const t = text.trim()
  if (!t.startsWith('{')) return null
  try {
    const v: unknown = JSON.parse(t)
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}
