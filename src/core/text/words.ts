// Words for text: a pasted text is "your text" with numbered claims, never a "capture" with
// "entries". What the text could not tell is said per step, with what to paste or capture next.
import type { Finding, Verdict } from '../types.ts'
import type { Claim, Step } from './claims.ts'

export function textWords(s: string): string {
  return s
    .replace(/\b(this|the) capture(?! notes)\b/gi, 'your text')
    .replace(/\bcapture notes\b/g, 'notes on what your text could not show')
    .replace(/\bin a capture\b/g, 'in your text')
    .replace(/\(entry (\d+)/g, '(claim $1')
    .replace(/\bentry (\d+)/g, 'claim $1')
    .replace(/\bentries (\d)/g, 'claims $1')
    .replace(/\bentr(y|ies)\b/g, (_, e: string) => (e === 'y' ? 'claim' : 'claims'))
}

export function textFinding(f: Finding): Finding {
  return { ...f, message: textWords(f.message) }
}

/** Text is indirect evidence: never more than "likely" (PRODUCT §5.7), whatever the verdict found. */
export function textVerdict(v: Verdict): Verdict {
  return {
    ...v,
    summary: textWords(v.summary).replace(/^Certain:/, 'Likely:'),
    confidence: v.confidence === 'certain' ? 'likely' : v.confidence,
  }
}

const NEEDS: [Step, string][] = [
  ['discovery', "the MCP server's first 401 answer with its WWW-Authenticate header"],
  ['prm', 'the protected resource metadata (its `resource` and `authorization_servers`)'],
  ['authorize', 'the authorization URL the client opened (with its `resource` parameter)'],
  ['token', 'the token request and response'],
  ['mcp', "the token's claims (aud, iss) and the MCP server's answer to the request that carried it"],
]

export function notShown(claims: readonly Claim[]): string[] {
  const seen = new Set(claims.filter((c) => c.observed).map((c) => c.step))
  const missing = NEEDS.filter(([step]) => !seen.has(step)).map(([, what]) => what)
  const out = missing.length ? [`Your text does not show ${missing.join('; ')}.`] : []
  out.push(
    'This diagnosis rests on your text: a HAR capture of the connection (browser DevTools → Network →' +
      ' Save all as HAR) would show every step.',
  )
  return out
}

export const NOTHING_FOUND =
  'No OAuth facts recognised in your text. These would help: the authorization URL the client opened,' +
  " the token's claims (aud, iss) or the JWT itself, the MCP server's 401 response with its WWW-Authe" +
  'nticate header, the protected resource metadata JSON, and error messages with the step they came f' +
  'rom (registration, token endpoint, MCP server).'
