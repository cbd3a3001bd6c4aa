// JSON in text: metadata documents, registration and token answers, error bodies. Each document
// is one claim; what kind of document it is decides the step it belongs to.
import { scanValue } from '../ingest/json-scan.ts'
import type { RawClaim, Step } from './claims.ts'
import { sentenceAround, stepOfLabel, stepOfUrl, urlBefore } from './step.ts'

const str = (v: unknown) => (typeof v === 'string' ? v : null)

export type JsonShape =
  | 'prm'
  | 'as-metadata'
  | 'token-response'
  | 'registration-response'
  | 'registration-request'
  | 'error'
  | 'token-claims'
  | 'other'

export function jsonShape(doc: Record<string, unknown>): JsonShape {
  if (
    str(doc.resource) &&
    (Array.isArray(doc.authorization_servers) || doc.bearer_methods_supported || doc.scopes_supported)
  )
    return 'prm'
  if (str(doc.issuer) && (doc.authorization_endpoint || doc.token_endpoint || doc.jwks_uri)) return 'as-metadata'
  if (str(doc.access_token)) return 'token-response'
  if (str(doc.client_id) && Array.isArray(doc.redirect_uris)) return 'registration-response'
  if (Array.isArray(doc.redirect_uris)) return 'registration-request'
  if (str(doc.error) || str(doc.errorCode) || (str(doc.code) && str(doc.message))) return 'error'
  // A decoded access token's payload (RFC 9068 §2.2): aud, or iss with sub or exp.
  if (doc.aud !== undefined || (str(doc.iss) && (doc.sub !== undefined || typeof doc.exp === 'number')))
    return 'token-claims'
  return 'other'
}

const STEP_OF_SHAPE: Record<JsonShape, Step | null> = {
  prm: 'prm',
  'as-metadata': 'as-metadata',
  'token-response': 'token',
  'registration-response': 'registration',
  'registration-request': 'registration',
  error: null,
  'token-claims': 'mcp',
  other: null,
}

/** The error code and description of an error body, whatever the vendor calls them. */
export function jsonError(doc: Record<string, unknown>): { code: string; description: string | null } | null {
  const code = str(doc.error) ?? str(doc.errorCode) ?? str(doc.code)
  if (!code) return null
  return { code, description: str(doc.error_description) ?? str(doc.errorSummary) ?? str(doc.message) ?? null }
}

export function findJson(text: string, stepNear: (from: number) => Step | null): RawClaim[] {
  const out: RawClaim[] = []
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
    const scan = scanValue(text, i)
    if (!scan.ok || scan.end - i < 8) continue
    let doc: unknown
    try {
      doc = JSON.parse(text.slice(i, scan.end))
    } catch {
      continue
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) continue
    const d = doc as Record<string, unknown>
    const shape = jsonShape(d)
    if (shape === 'other') continue
    const error = shape === 'error' ? jsonError(d) : null
    const step = STEP_OF_SHAPE[shape] ?? stepNear(i) ?? stepOfLabel(sentenceAround(text, i, i))
    // The URL the document was fetched from, when a request line or URL just above names it.
    const fetched = urlBefore(text, i)
    const url = fetched && stepOfUrl(fetched) === step && /^https?:\/\//.test(fetched) ? fetched : null
    const label = error
      ? `an error body: ${error.code}${error.description ? ` (${error.description})` : ''}`
      : `a JSON document: ${shape}`
    out.push({
      kind: 'json',
      from: i,
      to: scan.end,
      text: text.slice(i, scan.end),
      label,
      step,
      data: {
        json: text.slice(i, scan.end),
        url,
        shape,
        ...(error ? { code: error.code, description: error.description } : {}),
      },
    })
    i = scan.end - 1
  }
  return out
}
