// Reading the issued access tokens of a flow: the JWTs among them, their claims, an aud for messages.
import type { FlowFacts, IssuedToken } from '../flow/evidence.ts'
import { q } from './rule.ts'

export const jwts = (f: FlowFacts) => f.tokens.filter((t) => t.decoded.format === 'jwt')

export const claims = (t: IssuedToken) => (t.decoded.format === 'jwt' ? t.decoded.claims : {})

export const audText = (aud: string[]) => (aud.length === 1 ? q(aud[0]) : `[${aud.map((a) => q(a)).join(', ')}]`)
