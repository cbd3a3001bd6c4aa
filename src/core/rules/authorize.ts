// Step 5: the authorization request (mcp-oauth-rules.md §3.5): PKCE, state and RFC 8707 resource.
import { getParam, hasParam } from '../oauth/params.ts'
import { mcpAuth, oauth21, rfc } from './spec-refs.ts'
import { fail, pass, q, type Rule } from './rule.ts'
import { authorizeEntry } from './authorize-entry.ts'
import {
  resourceAuthorizeMissing,
  resourceAuthorizeInvalid,
  resourceAuthorizeMismatchPrm,
} from './authorize-resource.ts'
import {
  resourceAuthorizeIsAs,
  resourceAuthorizeNotCanonical,
  resourceAuthorizeMultiple,
} from './authorize-resource-form.ts'

export const pkceChallengeMissing: Rule = {
  id: 'pkce.challenge.missing',
  title: 'No PKCE code_challenge',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'authorize',
  explains: ['authorize.as-error-page', 'callback.error', 'token.response.error'],
  aliases: ['pkce-code-challenge-sent'],
  spec: (rev) => [mcpAuth(rev, 'Authorization Code Protection'), oauth21('4.1.1'), oauth21('7.5.2')],
  fix: [{ party: 'client', text: 'Send `code_challenge` (S256) on every authorization request.' }],
  check(f) {
    if (!f.authorizeParams) return null
    if (!hasParam(f.authorizeParams, 'code_challenge'))
      return fail(
        `The authorization request (entry ${f.flow.authorize!.entry}) has no code_challenge: PKCE is required for every MCP client.`,
        authorizeEntry(f),
      )
    return pass('The authorization request carries a PKCE challenge.', authorizeEntry(f))
  },
}

export const pkceMethodPlain: Rule = {
  id: 'pkce.method.plain',
  title: 'PKCE method is plain',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'authorize',
  explains: ['authorize.as-error-page', 'callback.error'],
  aliases: ['pkce-s256-method-used'],
  spec: (rev) => [mcpAuth(rev, 'Authorization Code Protection'), rfc(7636, '4.2'), oauth21('4.1.1')],
  fix: [{ party: 'client', text: 'Use `code_challenge_method=S256`.' }],
  check(f) {
    if (!f.authorizeParams || !hasParam(f.authorizeParams, 'code_challenge')) return null
    const method = getParam(f.authorizeParams, 'code_challenge_method')
    if (method !== 'S256')
      return fail(
        `PKCE method is ${method ? q(method) : 'absent, which means plain'} (entry ${f.flow.authorize!.entry}); MCP requires S256.`,
        authorizeEntry(f),
      )
    return pass('PKCE uses S256.', authorizeEntry(f))
  },
}

export const stateMissing: Rule = {
  id: 'state.missing',
  title: 'No state parameter',
  severity: 'warning',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  spec: (rev) => [mcpAuth(rev, 'Open Redirection'), oauth21('2.3.3')],
  fix: [{ party: 'client', text: 'Send a random `state` and check it on the callback.' }],
  check(f) {
    if (!f.authorizeParams) return null
    if (hasParam(f.authorizeParams, 'state')) return pass('The authorization request carries state.', authorizeEntry(f))
    const s256 = getParam(f.authorizeParams, 'code_challenge_method') === 'S256'
    // Current MCP SDK clients send no state and rely on PKCE S256 for CSRF protection.
    // Said the same whether the flow failed or connected: it is never the cause (severity info).
    const said = 'No state parameter; PKCE S256 protects the callback against CSRF instead.'
    if (s256) return fail(said, authorizeEntry(f), { severity: 'info' })
    return fail(
      `No state parameter and no PKCE S256 (entry ${f.flow.authorize!.entry}): nothing protects the callback against CSRF.`,
      authorizeEntry(f),
    )
  },
}

export const AUTHORIZE_RULES: Rule[] = [
  pkceChallengeMissing,
  pkceMethodPlain,
  stateMissing,
  resourceAuthorizeMissing,
  resourceAuthorizeInvalid,
  resourceAuthorizeMismatchPrm,
  resourceAuthorizeIsAs,
  resourceAuthorizeNotCanonical,
  resourceAuthorizeMultiple,
]
