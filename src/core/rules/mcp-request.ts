// Step 9: MCP requests that use (or should use) the token (mcp-oauth-rules.md §3.9).
import { bearerToken, byTime, challengeOf, requestHeader } from '../flow/exchange-helpers.ts'
import { endpointOf } from '../oauth/params.ts'
import { compareUris } from '../oauth/uri-compare.ts'
import { explainError } from '../knowledge/oauth-errors.ts'
import { judgeAudience, referenceResource } from '../flow/audience.ts'
import { mcpAuth, rfc } from './spec-refs.ts'
import { quoteCaptured } from '../scrub/scrub.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import type { Exchange } from '../types.ts'

function afterToken(f: FlowFacts): Exchange[] {
  const first = [...f.flow.tokens, ...f.flow.refreshes].filter((ex) => ex.status === 200).sort(byTime)[0]
  if (!first) return f.flow.mcp.filter((ex) => bearerToken(ex))
  return f.flow.mcp.filter((ex) => byTime(ex, first) > 0)
}

export const authHeaderMissing: Rule = {
  id: 'mcp.auth-header.missing',
  title: 'MCP request without Authorization',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  spec: (rev) => [mcpAuth(rev, 'Token Requirements'), rfc(6750, '2.1')],
  fix: [{ party: 'client', text: 'Send `Authorization: Bearer <access token>` on every MCP request, including GET streams and DELETE.' }],
  check(f, c) {
    const list = afterToken(f)
    if (!list.length) return null
    const missing = list.filter((ex) => !requestHeader(ex, 'authorization'))
    if (!missing.length) return pass('Every MCP request after the token carries Authorization.', list.map((e) => e.entry))
    if (c.sanitized.sanitized) return unknown(`MCP requests after the token show no Authorization header, but this capture drops credential headers (${c.sanitized.how}): whether the token was sent cannot be seen.`, missing.map((e) => e.entry))
    return fail(`The MCP request at entry ${missing[0]!.entry} has no Authorization header although a token was obtained.`, missing.map((e) => e.entry))
  },
}

export const unauthorizedAfterToken: Rule = {
  id: 'mcp.401.after-token',
  title: 'The MCP server rejected the token',
  severity: 'error',
  party: 'mcp-server',
  since: '2025-03-26',
  spec: (rev) => [mcpAuth(rev, 'Token Handling'), rfc(6750, '3.1')],
  check(f, c) {
    const list = afterToken(f).filter((ex) => ex.status === 401)
    const accepted = afterToken(f).filter((ex) => ex.status >= 200 && ex.status < 300)
    if (!list.length) return accepted.length ? pass('The MCP server accepted the requests that followed the token.', accepted.map((e) => e.entry)) : null
    return list.map((ex) => {
      const ch = challengeOf(ex)
      const error = ch?.params.error ? quoteCaptured(ch.params.error, 60) : null
      const sent = bearerToken(ex)
      if (!sent && !error && c.sanitized.sanitized) return unknown(`The MCP server answered 401 (entry ${ex.entry}); the capture drops Authorization headers, so it cannot show which token was sent.`, [ex.entry])
      const token = f.tokens.find((t) => t.token === sent) ?? f.tokens[0]
      const j = token ? judgeAudience(f, token) : null
      const why = j && j.kind !== 'match' ? ` The token's aud is ${j.aud.map((a) => q(a)).join(', ') || '(none)'} while the server is ${q(j.reference)}.` : ''
      const description = ch?.params.error_description ? ` ("${quoteCaptured(ch.params.error_description)}")` : ''
      return fail(`The MCP server answered 401${error ? ` ${q(error)}` : ''}${description} to a request with a token (entry ${ex.entry})${explainError(error)}.${why}`, [ex.entry], { party: j && j.kind !== 'match' ? (f.resource.authorize.state === 'absent' ? 'client' : 'authorization-server') : 'mcp-server', fix: [{ party: 'mcp-server', text: 'Log why the token was rejected (aud, iss, exp) and compare with the audience panel.' }] })
    })
  },
}

export const tokenWrongServer: Rule = {
  id: 'mcp.token.wrong-server',
  title: 'Token sent to another MCP server',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  spec: (rev) => [mcpAuth(rev, 'Token Handling'), rfc(8707, '3')],
  fix: [{ party: 'client', text: 'Keep tokens per MCP server (per resource) and never present one server\'s token to another.' }],
  check(f) {
    const reference = referenceResource(f)
    const presented = f.flow.mcp.filter((ex) => bearerToken(ex) && f.tokens.some((t) => t.source !== 'presented' && t.token === bearerToken(ex)))
    if (!reference || !presented.length) return null
    const wrong = presented.filter((ex) => { const k = compareUris(endpointOf(reference), endpointOf(ex.url)); return k === 'other-host' || k === 'different' })
    if (wrong.length) return fail(`The token obtained for ${q(reference)} was presented to ${q(endpointOf(wrong[0]!.url))} (entry ${wrong[0]!.entry}).`, wrong.map((e) => e.entry))
    return pass('Tokens went only to the server they were obtained for.', presented.map((e) => e.entry))
  },
}

export const insufficientScopeParams: Rule = {
  id: 'mcp.403.insufficient-scope-params',
  title: 'insufficient_scope challenge without scope or resource_metadata',
  severity: 'warning',
  party: 'mcp-server',
  since: '2025-11-25',
  spec: (rev) => [mcpAuth(rev, 'Runtime Insufficient Scope Errors')],
  fix: [{ party: 'mcp-server', text: 'Add `scope="<needed scopes>"` and `resource_metadata="…"` to the 403 insufficient_scope challenge.' }],
  check(f) {
    const list = f.flow.mcp.filter((ex) => ex.status === 403 && challengeOf(ex)?.params.error === 'insufficient_scope')
    if (!list.length) return null
    return list.map((ex) => {
      const p = challengeOf(ex)!.params
      const missing = ['scope', 'resource_metadata'].filter((k) => !p[k])
      return missing.length ? fail(`The 403 insufficient_scope at entry ${ex.entry} lacks ${missing.join(' and ')}: the client cannot step up.`, [ex.entry]) : pass('The 403 names the scope and the metadata.', [ex.entry])
    })
  },
}

export const MCP_RULES: Rule[] = [authHeaderMissing, unauthorizedAfterToken, tokenWrongServer, insufficientScopeParams]
