// The issued access token (mcp-oauth-rules.md §3.7 `at.*`, `aud.*`): decoded, never verified.
import { issuedPhrase } from '../knowledge/issued-phrase.ts'
import { claimNumber, claimString, decodeToken } from '../oauth/jwt.ts'
import { bearerToken } from '../flow/exchange-helpers.ts'
import { isObservedToken } from '../oauth/observed-token.ts'
import { describeNearMiss } from '../oauth/uri-compare.ts'
import { judgeAudience, rejections, acceptances } from '../flow/audience.ts'
import { isMcpShapedUrl } from '../flow/mcp-or-not.ts'
import type { FlowFacts, IssuedToken } from '../flow/evidence.ts'
import type { Fix } from '../types.ts'
import { mcpAuth, rfc } from './spec-refs.ts'
import { fail, pass, q, type Outcome, type Rule } from './rule.ts'

const jwts = (f: FlowFacts) => f.tokens.filter((t) => t.decoded.format === 'jwt')
const claims = (t: IssuedToken) => (t.decoded.format === 'jwt' ? t.decoded.claims : {})
const audText = (aud: string[]) => (aud.length === 1 ? q(aud[0]) : `[${aud.map((a) => q(a)).join(', ')}]`)

function resourceWasSent(f: FlowFacts): boolean {
  return f.resource.authorize.state === 'present' || f.resource.token.state === 'present'
}

function audienceFix(f: FlowFacts): Fix[] {
  const fixes: Fix[] = []
  if (!resourceWasSent(f))
    fixes.push({
      party: 'client',
      text: 'Send `resource=<PRM resource>` in the authorization and token requests (RFC 8707).',
    })
  fixes.push({
    party: 'authorization-server',
    text: f.vendor?.fix ?? 'Issue tokens whose `aud` is the requested resource (the MCP server URL).',
  })
  return fixes
}

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

export const audMissing: Rule = {
  id: 'aud.missing',
  title: 'JWT access token without aud',
  severity: 'warning',
  party: 'authorization-server',
  since: '2025-06-18',
  step: 'access-token',
  explains: ['mcp.401.after-token'],
  spec: () => [rfc(9068, '2.2')],
  check(f) {
    const list = jwts(f)
    if (!list.length) return null
    return list.map((t) => {
      if (claims(t).aud !== undefined) return pass('The token has an aud claim.', [t.entry])
      const expected = f.vendor?.audience === 'none'
      return fail(
        `The access token (entry ${t.entry}) has no aud claim${expected ? `, as ${f.vendor!.name} issues them` : ''}: the MCP server cannot check it was meant for it.`,
        [t.entry],
        { severity: expected ? 'info' : 'warning', fix: audienceFix(f) },
      )
    })
  },
}

function audienceRule(
  id: string,
  title: string,
  kinds: string[],
  describe: (
    f: FlowFacts,
    t: IssuedToken,
    j: NonNullable<ReturnType<typeof judgeAudience>>,
    rejected: number[],
  ) => Outcome,
): Rule {
  return {
    id,
    title,
    severity: 'error',
    party: 'authorization-server',
    since: '2025-06-18',
    step: 'access-token',
    // A token the server cannot accept explains its 401 (the server's answer is the observation).
    explains: ['mcp.401.after-token'],
    spec: (rev) => [rfc(8707, '2'), rfc(9068, '4'), mcpAuth(rev, 'Token Audience Binding and Validation')],
    check(f) {
      const out: Outcome[] = []
      for (const t of jwts(f)) {
        const j = judgeAudience(f, t)
        if (!j || j.kind === 'missing') continue
        if (j.kind === 'match') out.push(pass(`aud ${audText(j.aud)} contains the resource.`, [t.entry]))
        else if (kinds.includes(j.kind)) out.push(describe(f, t, j, rejections(f, t)))
      }
      return out.length ? out : null
    },
  }
}

const rejectedText = (rejected: number[]) =>
  rejected.length ? `; the MCP server rejected it (entry ${rejected[0]}, 401)` : ''

function whyClientId(f: FlowFacts): string {
  if (resourceWasSent(f)) return 'The client sent `resource`, but the authorization server ignored it.'
  const unseen = f.resource.authorize.state === 'not-captured' && f.resource.token.state === 'not-captured'
  if (!unseen) return 'The client sent no resource, so the authorization server fell back to the client id.'
  const lead = 'Whether the client sent `resource` is not in this evidence:'
  const issues = f.vendor ? `${f.vendor.name} issues ${issuedPhrase(f.vendor.withoutResource)}` : null
  // A client known to send it points at the AS ignoring it; one known not to, at the client.
  if (f.client?.sendsResource) {
    const then = issues ? `, but ${issues} when it gets none or ignores it` : ', but the token names the client id'
    return `${lead} ${f.client.name} is known to send it${then}.`
  }
  const known = f.client?.sendsResource === false ? ` ${f.client.name} is known not to send it, and` : ''
  const vendor = issues
    ? ` ${issues.replace(' issues ', ' then issues ')}`
    : ' authorization servers then commonly fall back to the client id'
  return `${lead}${known}${vendor}.`
}

/** Unseen requests (a pasted text, a hosted client's backend): a client known to send resource
 * (clients-and-servers.md §B.1) points the client-id audience at the authorization server. */
function resourceKnownSent(f: FlowFacts): boolean {
  const unseen = f.resource.authorize.state === 'not-captured' && f.resource.token.state === 'not-captured'
  return resourceWasSent(f) || (unseen && f.client?.sendsResource === true)
}

export const audEqualsClientId = audienceRule(
  'aud.equals-client-id',
  'Token aud is the client id',
  ['client-id'],
  (f, t, j, rejected) =>
    fail(
      `The token's aud is the client id ${audText(j.aud)}, not the MCP server ${q(j.reference)} (entry ${t.entry})${rejectedText(rejected)}. ${whyClientId(f)}`,
      [t.entry, ...rejected],
      { party: resourceKnownSent(f) ? 'authorization-server' : 'client', fix: audienceFix(f) },
    ),
)

export const audNearMiss = audienceRule(
  'aud.near-miss',
  'Token aud differs from the resource by one detail',
  ['near-miss'],
  (f, t, j, rejected) =>
    fail(
      `The token's aud ${audText(j.aud)} ${describeNearMiss(j.near)} compared with ${q(j.reference)} (entry ${t.entry})${rejectedText(rejected)}. Audience checks compare exact strings.`,
      [t.entry, ...rejected],
      {
        fix: [
          {
            party: 'mcp-server',
            text: "Make PRM `resource`, the audience configured at the authorization server, and the server's own audience check the same string.",
          },
          ...audienceFix(f),
        ],
      },
    ),
)

export const audMismatch = audienceRule(
  'aud.mismatch',
  'Token aud does not name the MCP server',
  ['mismatch', 'vendor-mapped'],
  (f, t, j, rejected) => {
    if (j.kind === 'vendor-mapped') {
      if (!rejected.length)
        return pass(
          `aud ${audText(j.aud)} is ${f.vendor!.name}'s own identifier for the resource (${f.vendor!.expectedAud})${acceptances(f, t).length ? ', and the MCP server accepted it' : ''}.`,
          [t.entry],
        )
      const vendor = f.vendor!
      const said =
        `The token's aud ${audText(j.aud)} (entry ${t.entry}) is the form ${vendor.name} issues ` +
        `(${vendor.expectedAud}), but the MCP server rejected it (entry ${rejected[0]}, 401).`
      const fix = [{ party: 'mcp-server' as const, text: vendor.fix }]
      return fail(said, [t.entry, ...rejected], { party: 'mcp-server', fix })
    }
    const urlLike = j.aud.some((a) => /^https?:\/\//i.test(a))
    const severe = rejected.length > 0 || !urlLike
    // A token the client brought along (not issued in this flow) whose aud is another MCP endpoint:
    // the client presented one server's token to another.
    const otherServer = t.source === 'presented' && j.aud.some((a) => isMcpShapedUrl(a))
    const said =
      `The token's aud ${audText(j.aud)} does not contain the MCP server resource ${q(j.reference)} ` +
      `(entry ${t.entry})${rejectedText(rejected)}`
    const entries = [t.entry, ...rejected]
    if (otherServer) {
      const text =
        "Keep tokens per MCP server (per resource); sign in to this server instead of reusing another's token."
      const why = ': the client presented a token issued for a different MCP server.'
      return fail(said + why, entries, { party: 'client', fix: [{ party: 'client', text }] })
    }
    const party = resourceWasSent(f) ? 'authorization-server' : 'client'
    return fail(`${said}.`, entries, { severity: severe ? 'error' : 'warning', party, fix: audienceFix(f) })
  },
)

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
