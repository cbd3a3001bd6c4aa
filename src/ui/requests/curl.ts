// "Copy as cURL": the request as a shell command. Redacted by default: credential headers and
// secret parameters become placeholders, so a pasted command does not hand over a session.
import type { Exchange } from '../../core/index.ts'
import { SECRET_HEADERS, SECRET_PARAMS } from './secrets.ts'

const PLACEHOLDER = 'REDACTED'
/** Headers curl or the network stack sets itself (HTTP/2 pseudo-headers, framing). */
const SKIP = new Set(['content-length', 'host', 'connection'])

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`

function redactPairs(text: string, separator: RegExp): string {
  return text.replace(separator, (whole, lead: string, name: string) => {
    return SECRET_PARAMS.has(decodeURIComponent(name).toLowerCase()) ? `${lead}${name}=${PLACEHOLDER}` : whole
  })
}

export function redactUrl(url: string): string {
  const hash = url.indexOf('#')
  const [base, frag] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)]
  return redactPairs(base, /([?&])([^=&#]+)=[^&#]*/g) + frag
}

function redactBody(body: string): string {
  const t = body.trim()
  if (t.startsWith('{')) {
    return body.replace(/("([^"]+)"\s*:\s*")[^"]*"/g, (whole, lead: string, name: string) =>
      SECRET_PARAMS.has(name.toLowerCase()) ? `${lead}${PLACEHOLDER}"` : whole,
    )
  }
  return redactPairs(body, /(^|&)([^=&]+)=[^&]*/g)
}

export function toCurl(ex: Exchange, { redact }: { redact: boolean }): string {
  const lines = [`curl ${quote(redact ? redactUrl(ex.url) : ex.url)}`]
  if (ex.method !== 'GET' || ex.requestBody) lines.push(`-X ${ex.method}`)
  for (const h of ex.requestHeaders) {
    if (h.name.startsWith(':') || SKIP.has(h.name)) continue
    const secret = redact && SECRET_HEADERS.has(h.name)
    const value = secret ? (/^\s*(bearer|dpop|basic)\s/i.exec(h.value)?.[0] ?? '') + PLACEHOLDER : h.value
    lines.push(`-H ${quote(`${h.name}: ${value}`)}`)
  }
  if (ex.requestBody) lines.push(`--data-raw ${quote(redact ? redactBody(ex.requestBody) : ex.requestBody)}`)
  return lines.join(' \\\n  ')
}
