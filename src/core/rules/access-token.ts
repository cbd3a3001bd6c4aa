// The issued access token (mcp-oauth-rules.md §3.7 `at.*`, `aud.*`): decoded, never verified.
import { claimNumber, claimString, decodeToken } from '../oauth/jwt.ts'
import { bearerToken } from '../flow/exchange-helpers.ts'
import { isObservedToken } from '../oauth/observed-token.ts'
import { judgeAudience, acceptances } from '../flow/audience.ts'
import { mcpAuth, rfc } from './spec-refs.ts'
import { fail, pass, q, type Outcome, type Rule } from './rule.ts'
import { jwts, claims, audText } from './access-token-claims.ts'
import { audMissing, audEqualsClientId, audNearMiss, audMismatch } from './access-token-audience.ts'

export const atFormat: Rule = {
  id: 'at.format',
  title: 'Access token format',
  severity: 'info',
  party: null,
  since: '2025-03-26',
  step: 'access-token',
  spec: () => [rfc(9068, '2')],
  check(f) {
    if (!f.tokens.length) return null
    return f.tokens.map((t) =>
      pass(
        `The access token from entry ${t.entry} is ${isObservedToken(t.decoded) ? 'known only from the text: its aud is quoted there' : t.decoded.format === 'jwt' ? 'a JWT (decoded, not verified)' : t.decoded.format === 'jwe' ? 'encrypted (JWE): its claims cannot be read' : 'opaque: it has no claims to read'}.`,
        [t.entry],
      ),
    )
  },
}

export const atIssMismatch: Rule = {
  id: 'at.iss.mismatch',
  title: 'Token iss differs from the metadata issuer',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'access-token',
  explains: ['mcp.401.after-token'],
  spec: () => [rfc(9068, '4')],
  fix: [{ party: 'authorization-server', text: 'Issue tokens whose iss equals the metadata issuer exactly.' }],
  check(f) {
    const issuer = typeof f.asMeta?.doc.issuer === 'string' ? f.asMeta.doc.issuer : null
    const list = jwts(f).filter((t) => claimString(claims(t), 'iss'))
    if (!issuer || !list.length) return null
    return list.map((t) => {
      const iss = claimString(claims(t), 'iss')!
      return iss === issuer
        ? pass('Token iss matches the issuer.', [t.entry])
        : fail(
            `The token's iss ${q(iss)} differs from the metadata issuer ${q(issuer)} (entries ${t.entry}, ${f.asMeta!.ex.entry}).`,
            [t.entry, f.asMeta!.ex.entry],
          )
    })
  },
}

const SKEW_SECONDS = 120

export const atExpired: Rule = {
  id: 'at.expired',
  title: 'Expired token presented',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'access-token',
  explains: ['mcp.401.after-token'],
  spec: (rev) => [rfc(9068, '4'), mcpAuth(rev, 'Token Handling')],
  fix: [{ party: 'client', text: 'Refresh the token before it expires (and send resource on refresh).' }],
  check(f) {
    const out: Outcome[] = []
    for (const t of jwts(f)) {
      const exp = claimNumber(claims(t), 'exp')
      if (exp === null) continue
      const uses = f.flow.mcp.filter(
        (ex) =>
          ex.startedMs !== null &&
          ex.requestHeaders.some((h) => h.name === 'authorization' && h.value.includes(t.token)),
      )
      if (!uses.length) continue
      const late = uses.find((ex) => exp + SKEW_SECONDS <= ex.startedMs! / 1000)
      out.push(
        late
          ? fail(
              `The token from entry ${t.entry} expired at ${new Date(exp * 1000).toISOString()} but was presented at entry ${late.entry}, ${Math.round(late.startedMs! / 1000 - exp)} s later.`,
              [t.entry, late.entry],
            )
          : pass('The token was used before it expired.', [t.entry]),
      )
    }
    return out.length ? out : null
  },
}

export const atIsIdToken: Rule = {
  id: 'at.is-id-token',
  title: 'ID token used as access token',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'access-token',
  explains: ['aud.equals-client-id', 'aud.mismatch', 'mcp.401.after-token'],
  spec: (rev) => [rfc(9068, '5'), mcpAuth(rev, 'Token Requirements')],
  fix: [{ party: 'client', text: 'Send the access_token, not the id_token, to the MCP server.' }],
  check(f) {
    const idTokens = new Set(f.tokens.map((t) => t.idToken).filter((x): x is string => !!x))
    const presented = new Map<string, number>()
    for (const ex of f.flow.mcp) {
      const token = bearerToken(ex)
      if (token && !presented.has(token)) presented.set(token, ex.entry)
    }
    const out: Outcome[] = []
    for (const [token, entry] of presented) {
      const decoded = decodeToken(token)
      const c = decoded.format === 'jwt' ? decoded.claims : {}
      const looksLikeId =
        idTokens.has(token) ||
        ((c.nonce !== undefined || c.at_hash !== undefined) && claimString(c, 'aud') === f.clientId)
      out.push(
        looksLikeId
          ? fail(
              `The bearer token presented at entry ${entry} is an ID token (${idTokens.has(token) ? 'the id_token from the token response' : 'nonce/at_hash with aud = client id'}).`,
              [entry],
            )
          : pass('The presented token is not an ID token.', [entry]),
      )
    }
    return out.length ? out : null
  },
}

export const serverAcceptsWrongAud: Rule = {
  id: 'mcp.server.accepts-wrong-aud',
  title: 'The MCP server accepted a token meant for someone else',
  severity: 'error',
  party: 'mcp-server',
  since: '2025-06-18',
  step: 'mcp',
  spec: (rev) => [mcpAuth(rev, 'Token Audience Binding and Validation'), rfc(9068, '4')],
  fix: [
    {
      party: 'mcp-server',
      text: 'Reject tokens whose aud does not contain your canonical resource (RFC 8707/9068): accepting them lets tokens issued for other clients or servers in (token passthrough).',
    },
  ],
  check(f) {
    const out: Outcome[] = []
    for (const t of jwts(f)) {
      const j = judgeAudience(f, t)
      const accepted = acceptances(f, t)
      if (!j || !accepted.length) continue
      // Platforms whose access tokens carry no aud at all (Cognito, Supabase): aud.missing says so.
      if (j.kind === 'missing' && f.vendor?.audience === 'none') {
        const why = `${f.vendor.name} issues access tokens without aud; the server must check other claims.`
        out.push(pass(why, accepted))
        continue
      }
      out.push(
        j.kind === 'match' || j.kind === 'vendor-mapped'
          ? pass('The MCP server accepted a token issued for it.', accepted)
          : fail(
              `The MCP server answered ${accepted.length === 1 ? 'a request' : `${accepted.length} requests`} (entry ${accepted[0]}) with a token whose aud is ${audText(j.aud)}, not its resource ${q(j.reference)}: it does not check the audience.`,
              [t.entry, ...accepted],
            ),
      )
    }
    return out.length ? out : null
  },
}

// serverAcceptsWrongAud comes last: on the same token entry the audience fault is the cause and the
// lax server only lets it through (the verdict breaks entry ties by rule order).
export const ACCESS_TOKEN_RULES: Rule[] = [
  atFormat,
  audMissing,
  audEqualsClientId,
  audNearMiss,
  audMismatch,
  atIssMismatch,
  atExpired,
  atIsIdToken,
  serverAcceptsWrongAud,
]
