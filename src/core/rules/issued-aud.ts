// What the capture shows the authorization server issued: a rule that would otherwise predict the
// vendor's behaviour ("then issues …") states the observed `aud` instead (RFC 9068 §2.2).
import { audienceList, audienceOf } from '../oauth/jwt.ts'
import type { FlowFacts, IssuedToken } from '../flow/evidence.ts'
import { referenceResource } from '../flow/audience.ts'
import { q } from './rule.ts'

export const audText = (aud: string[]) => (aud.length === 1 ? q(aud[0]) : `[${aud.map((a) => q(a)).join(', ')}]`)

export interface IssuedAud {
  entry: number
  aud: string[]
}

/** The first readable (JWT) token issued in this flow by the given grant, with its `aud` values. */
export function issuedAud(f: FlowFacts, source: IssuedToken['source'], entry?: number): IssuedAud | null {
  const t = f.tokens.find(
    (x) => x.source === source && x.decoded.format === 'jwt' && (entry === undefined || x.entry === entry),
  )
  if (!t || t.decoded.format !== 'jwt') return null
  return { entry: t.entry, aud: audienceList(audienceOf(t.decoded.claims)) }
}

/** " The token issued then has aud X (entry N)." — or "" when no readable token was issued. */
export function issuedAudSentence(f: FlowFacts, source: IssuedToken['source'], entry?: number): string {
  const seen = issuedAud(f, source, entry)
  if (!seen) return ''
  return ` The token issued then has ${describeAud(f, seen.aud)} (entry ${seen.entry}).`
}

/** "aud X" with what X is, when the flow facts say: the MCP server's resource or the client id. */
function describeAud(f: FlowFacts, aud: string[]): string {
  if (!aud.length) return 'no aud'
  const reference = referenceResource(f)
  const what =
    reference && aud.includes(reference)
      ? ', the MCP server'
      : f.clientId && aud.every((a) => a === f.clientId)
        ? ', the client id'
        : ''
  return `aud ${audText(aud)}${what}`
}
