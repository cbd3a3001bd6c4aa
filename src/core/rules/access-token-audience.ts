// The issued access token's aud against the resource (mcp-oauth-rules.md §3.7 `aud.*`, RFC 8707 §2).
import { issuedPhrase } from '../knowledge/issued-phrase.ts'
import { describeNearMiss } from '../oauth/uri-compare.ts'
import { judgeAudience, rejections, acceptances } from '../flow/audience.ts'
import { isMcpShapedUrl } from '../flow/mcp-or-not.ts'
import type { FlowFacts, IssuedToken } from '../flow/evidence.ts'
import type { Fix } from '../types.ts'
import { mcpAuth, rfc } from './spec-refs.ts'
import { fail, pass, q, type Outcome, type Rule } from './rule.ts'
import { jwts, claims, audText } from './access-token-claims.ts'

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
