// Free text taken from a capture (error descriptions, error pages) may embed secrets. Before such
// text enters a finding, a link or Markdown, anything shaped like a credential is replaced:
// JWTs, bearer values, e-mail addresses, IP addresses, query values, and long opaque strings.
// Low-entropy secrets (a short password in prose) cannot be recognised this way.

const JWT = /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g
// A credential after the scheme; not an auth-param (`Bearer realm="x"` keeps its parameters).
const BEARER = /\b(bearer|basic|dpop)\s+(?![A-Za-z_]+=)[A-Za-z0-9._~+/-]{8,}=*/gi
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g
const IPV6 = /\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b/gi
const QUERY_VALUE = /([?&;][A-Za-z0-9_.-]{1,40}=)[^&#\s"'`<>]+/g
/** 16+ characters of token alphabet containing both a letter and a digit. */
const OPAQUE = /[A-Za-z0-9_+=~-]{16,}/g

export const REDACTED = '‹redacted›'

function looksSecret(word: string): boolean {
  return /[A-Za-z]/.test(word) && /\d/.test(word) && !/^[a-z]+(\.[a-z0-9-]+)+$/.test(word)
}

/**
 * Scrubs free text. `keep` holds values the report shows on purpose (client ids, resource URLs,
 * issuers, aud values): they survive even when they look opaque.
 */
export function scrubFreeText(text: string, keep: ReadonlySet<string> = new Set()): string {
  const kept: string[] = []
  let out = text
  // Protect the allowed values first (longest first, so a URL wins over its host).
  for (const value of [...keep].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length)) {
    if (!out.includes(value)) continue
    out = out.split(value).join(`\u0000${kept.length}\u0000`)
    kept.push(value)
  }
  out = out
    .replace(JWT, REDACTED)
    .replace(BEARER, (_, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(EMAIL, REDACTED)
    .replace(IPV4, REDACTED)
    .replace(IPV6, REDACTED)
    .replace(QUERY_VALUE, `$1${REDACTED}`)
    .replace(OPAQUE, (w) => (looksSecret(w) ? REDACTED : w))
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!)
}

/** Captured free text about to be quoted in a finding: scrubbed, no backticks (they mark values
 * the report shows on purpose) and no double quotes (they delimit the quote, so the shared
 * projection can find and judge it as a whole), and short. */
export function quoteCaptured(text: string, max = 240): string {
  const clean = scrubFreeText(text)
    .replace(/[`"“”]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
  return clean.length > max ? `${clean.slice(0, max)}…` : clean
}
