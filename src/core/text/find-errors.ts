// Errors in text: OAuth error codes with their descriptions ("invalid_request: refresh token is
// invalid", "token endpoint said invalid_target"), and the strings of the shared known-error catalog.
// The step comes from the words around the error, not from the error itself.
import { KNOWN_ERRORS } from '../knowledge/error-strings.ts'
import { OAUTH_ERRORS } from '../knowledge/oauth-errors.ts'
import type { RawClaim } from './claims.ts'
import { stepAround } from './step.ts'

const CODES = Object.keys(OAUTH_ERRORS).concat([
  'invalid_redirect_uri',
  'invalid_client_metadata',
  'unsupported_response_type',
])
const CODE_RE = new RegExp(`\\b(${CODES.join('|')})\\b(?:["'\`]?\\s*[:,-]\\s*["'\`]?([^\\n"\`]{3,160}))?`, 'g')

export function findOAuthErrors(text: string): RawClaim[] {
  const out: RawClaim[] = []
  for (const m of text.matchAll(CODE_RE)) {
    const code = m[1]!
    const description = m[2]?.trim().replace(/[.`*]+$/, '') ?? null
    out.push({
      kind: 'oauth-error',
      from: m.index!,
      to: m.index! + code.length,
      text: code,
      label: `OAuth error ${code}`,
      step: stepAround(text, m.index!, m.index! + m[0].length),
      data: { code, description },
    })
  }
  return out
}

export function findKnownErrors(text: string): RawClaim[] {
  const out: RawClaim[] = []
  for (const k of KNOWN_ERRORS) {
    const flags = k.pattern.flags.includes('g') ? k.pattern.flags : k.pattern.flags + 'g'
    for (const m of text.matchAll(new RegExp(k.pattern.source, flags))) {
      if (!m[0]) continue
      out.push({
        kind: 'known-error',
        from: m.index!,
        to: m.index! + m[0].length,
        text: m[0],
        label: k.meaning,
        step: stepAround(text, m.index!, m.index! + m[0].length),
        data: { id: k.id },
      })
    }
  }
  return out
}
