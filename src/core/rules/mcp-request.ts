// Step 9: MCP requests that use (or should use) the token (mcp-oauth-rules.md §3.9).
import { bearerToken, byTime, challengeOf, requestHeader } from '../flow/exchange-helpers.ts'
import { endpointOf } from '../oauth/params.ts'
import { compareUris } from '../oauth/uri-compare.ts'
import { explainError } from '../knowledge/oauth-errors.ts'
import { audText } from './issued-aud.ts'
import { judgeAudience, referenceResource } from '../flow/audience.ts'
import { mcpAuth, rfc } from './spec-refs.ts'
import { quoteCaptured } from '../scrub/scrub.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import type { Exchange } from '../types.ts'
import { WRONG_AUDIENCE_FINDINGS } from './wrong-audience.ts'

function afterToken(f: FlowFacts): Exchange[] {
  const first = [...f.flow.tokens, ...f.flow.refreshes].filter((ex) => ex.status === 200).sort(byTime)[0]
  if (!first) return f.flow.mcp.filter((ex) => bearerToken(ex))
  return f.flow.mcp.filter((ex) => byTime(ex, first) > 0)
}

/**
 * After its token was rejected and no refresh replaced it, a client may send one request without a
 * token to get a fresh 401 challenge and start discovery again (MCP SDK clients do, spec "Token
 * Handling": re-authorize on invalid_token): a step of the flow, not a missing header.
 */
function isRestart(f: FlowFacts, ex: Exchange): boolean {
  if (ex.status !== 401) return false
  const events = [
    ...f.flow.mcp.filter((e) => e.status === 401 && bearerToken(e)).map((e) => ({ e, refused: true })),
    ...[...f.flow.tokens, ...f.flow.refreshes].map((e) => ({ e, refused: e.status >= 400 })),
  ]
    .filter((x) => byTime(x.e, ex) < 0)
    .sort((a, b) => byTime(a.e, b.e))
  return events[events.length - 1]?.refused ?? false
}

export const authHeaderMissing: Rule = {
  id: 'mcp.auth-header.missing',
  title: 'MCP request without Authorization',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'mcp',
  explains: ['mcp.401.after-token'],
  spec: (rev) => [mcpAuth(rev, 'Token Requirements'), rfc(6750, '2.1')],
  fix: [
    {
      party: 'client',
      text: 'Send `Authorization: Bearer <access token>` on every MCP request, including GET streams and DELETE.',
    },
  ],
  check(f, c) {
    const list = afterToken(f)
    if (!list.length) return null
    const restarts = list.filter((ex) => !requestHeader(ex, 'authorization') && isRestart(f, ex))
    const missing = list.filter((ex) => !requestHeader(ex, 'authorization') && !restarts.includes(ex))
    const except = restarts.length ? `, except the restart after a refusal (entry ${restarts[0]!.entry})` : ''
    const entries = list.map((e) => e.entry)
    if (!missing.length) return pass(`Every MCP request after the token carries Authorization${except}.`, entries)
    if (c.sanitized.sanitized)
      return unknown(
        `MCP requests after the token show no Authorization header, but this capture drops credential headers (${c.sanitized.how}): whether the token was sent cannot be seen.`,
        missing.map((e) => e.entry),
      )
    return fail(
      `The MCP request at entry ${missing[0]!.entry} has no Authorization header although a token was obtained.`,
      missing.map((e) => e.entry),
    )
  },
}

/**
 * An encrypted (JWE) access token, or an opaque one from an authorization server that issues JWTs
 * once an API/audience is configured (Auth0, Logto, Okta), is what such servers hand out when no
 * API matches the request (clients-and-servers.md S2, S11): the fix is that setting, not the MCP server.
 */
function unreadableFromAs(f: FlowFacts, format: string): string | null {
  const jwtWhenConfigured = f.vendor?.audience === 'audience-param' || f.vendor?.audience === 'url'
  if (format !== 'jwe' && !(format === 'opaque' && jwtWhenConfigured)) return null
  const who = f.vendor ? f.vendor.name : 'The authorization server'
  const kind = format === 'jwe' ? 'encrypted (JWE)' : 'opaque'
  const resource = f.resource.authorize.state === 'present' ? ` (${q(f.resource.authorize.value)})` : ''
  return (
    `The token is ${kind}: ${who} issues such tokens when no API or audience is configured for the requested ` +
    `resource${resource}, so the MCP server cannot validate it.`
  )
}

export const unauthorizedAfterToken: Rule = {
  id: 'mcp.401.after-token',
  title: 'The MCP server rejected the token',
  severity: 'error',
  party: 'mcp-server',
  since: '2025-03-26',
  step: 'mcp',
  observed: true,
  spec: (rev) => [mcpAuth(rev, 'Token Handling'), rfc(6750, '3.1')],
  check(f, c) {
    const restart = (ex: Exchange) => !requestHeader(ex, 'authorization') && isRestart(f, ex)
    const list = afterToken(f).filter((ex) => ex.status === 401 && !restart(ex))
    const accepted = afterToken(f).filter((ex) => ex.status >= 200 && ex.status < 300)
    if (!list.length)
      return accepted.length
        ? pass(
            'The MCP server accepted the requests that followed the token.',
            accepted.map((e) => e.entry),
          )
        : null
    return list.map((ex) => {
      const ch = challengeOf(ex)
      const error = ch?.params.error ? quoteCaptured(ch.params.error, 60) : null
      const sent = bearerToken(ex)
      if (!sent && !error && c.sanitized.sanitized)
        return unknown(
          `The MCP server answered 401 (entry ${ex.entry}); the capture drops Authorization headers, so it cannot show which token was sent.`,
          [ex.entry],
        )
      const token = f.tokens.find((t) => t.token === sent) ?? f.tokens[0]
      const j = token ? judgeAudience(f, token) : null
      const description = ch?.params.error_description ? ` ("${quoteCaptured(ch.params.error_description)}")` : ''
      const answered = `The MCP server answered 401${error ? ` ${q(error)}` : ''}${description}`
      const unreadable = token && !j ? unreadableFromAs(f, token.decoded.format) : null
      const wrongAud = !!j && j.kind !== 'match'
      // The server's description, the unreadable token or the wrong aud says which cause it was.
      const named = !!description || !!unreadable || wrongAud
      const said = `${answered} to a request with a token (entry ${ex.entry})${explainError(error, named)}.`
      if (unreadable) {
        const text =
          f.vendor?.fix ??
          'Configure an API (audience) whose identifier is the MCP server URL, so the ' +
            'authorization server issues a signed JWT with that `aud` instead of an encrypted or opaque token.'
        const party = 'authorization-server'
        return fail(`${said} ${unreadable}`, [ex.entry], { party, fix: [{ party, text }] })
      }
      const auds = j ? (j.aud.length ? audText(j.aud) : '(none)') : ''
      const why = wrongAud ? ` The token's aud is ${auds} while the server is ${q(j.reference)}.` : ''
      const asOrClient = f.resource.authorize.state === 'absent' ? 'client' : 'authorization-server'
      // A token in the vendor's documented form is the server's to accept (see aud.mismatch).
      const party = wrongAud && j.kind !== 'vendor-mapped' ? asOrClient : 'mcp-server'
      const text = 'Log why the token was rejected (aud, iss, exp) and compare with the audience panel.'
      const fix = [{ party: 'mcp-server' as const, text }]
      return fail(`${said}${why}`, [ex.entry], { party, fix })
    })
  },
}

export const tokenWrongServer: Rule = {
  id: 'mcp.token.wrong-server',
  title: 'Token sent to another MCP server',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'mcp',
  explains: WRONG_AUDIENCE_FINDINGS,
  spec: (rev) => [mcpAuth(rev, 'Token Handling'), rfc(8707, '3')],
  fix: [
    {
      party: 'client',
      text: "Keep tokens per MCP server (per resource) and never present one server's token to another.",
    },
  ],
  check(f) {
    const reference = referenceResource(f)
    const presented = f.flow.mcp.filter(
      (ex) => bearerToken(ex) && f.tokens.some((t) => t.source !== 'presented' && t.token === bearerToken(ex)),
    )
    if (!reference || !presented.length) return null
    const wrong = presented.filter((ex) => {
      const k = compareUris(endpointOf(reference), endpointOf(ex.url))
      return k === 'other-host' || k === 'different'
    })
    if (wrong.length)
      return fail(
        `The token obtained for ${q(reference)} was presented to ${q(endpointOf(wrong[0]!.url))} (entry ${wrong[0]!.entry}).`,
        wrong.map((e) => e.entry),
      )
    return pass(
      'Tokens went only to the server they were obtained for.',
      presented.map((e) => e.entry),
    )
  },
}

export const insufficientScopeParams: Rule = {
  id: 'mcp.403.insufficient-scope-params',
  title: 'insufficient_scope challenge without scope or resource_metadata',
  severity: 'warning',
  party: 'mcp-server',
  since: '2025-11-25',
  step: 'mcp',
  spec: (rev) => [mcpAuth(rev, 'Runtime Insufficient Scope Errors')],
  fix: [
    {
      party: 'mcp-server',
      text: 'Add `scope="<needed scopes>"` and `resource_metadata="…"` to the 403 insufficient_scope challenge.',
    },
  ],
  check(f) {
    const list = f.flow.mcp.filter((ex) => ex.status === 403 && challengeOf(ex)?.params.error === 'insufficient_scope')
    if (!list.length) return null
    return list.map((ex) => {
      const p = challengeOf(ex)!.params
      const missing = ['scope', 'resource_metadata'].filter((k) => !p[k])
      return missing.length
        ? fail(
            `The 403 insufficient_scope at entry ${ex.entry} lacks ${missing.join(' and ')}: the client cannot step up.`,
            [ex.entry],
          )
        : pass('The 403 names the scope and the metadata.', [ex.entry])
    })
  },
}

export const MCP_RULES: Rule[] = [authHeaderMissing, unauthorizedAfterToken, tokenWrongServer, insufficientScopeParams]
