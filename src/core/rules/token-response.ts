// Step 7, the shape of a successful token answer (mcp-oauth-rules.md `token.response.fields`):
// OAuth 2.1 §3.2.3 makes `access_token` and `token_type` REQUIRED and `expires_in` RECOMMENDED.
// A client that validates the answer (the MCP TypeScript SDK parses it with a schema) refuses one
// without `token_type`, so the flow stops at an answer the authorization server got wrong.
import { responseJson } from '../flow/exchange-helpers.ts'
import type { Exchange } from '../types.ts'
import { oauth21 } from './spec-refs.ts'
import { fail, pass, type Outcome, type Rule } from './rule.ts'

const grantOf = (ex: Exchange, refresh: boolean) =>
  `${refresh ? 'The refresh answer' : 'The token answer'} (entry ${ex.entry})`

function judge(ex: Exchange, refresh: boolean): Outcome | null {
  const body = responseJson(ex)
  // A 200 without an access token is a failed request (token.response.error); errors are that rule's too.
  if (ex.status < 200 || ex.status >= 300 || typeof body?.access_token !== 'string') return null
  const what = grantOf(ex, refresh)
  if (typeof body.token_type !== 'string' || !body.token_type) {
    return fail(
      `${what} has an access_token but no token_type (REQUIRED, OAuth 2.1 §3.2.3): clients that validate the ` +
        'answer refuse it, so the flow stops with a token in hand.',
      [ex.entry],
    )
  }
  if (body.expires_in === undefined) {
    const why = `${what} has no expires_in: the client cannot tell when the token expires.`
    return fail(why, [ex.entry], { severity: 'info' })
  }
  return pass(`${what} has access_token, token_type and expires_in.`, [ex.entry])
}

export const tokenResponseFields: Rule = {
  id: 'token.response.fields',
  title: 'Token answer without a required field',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'token',
  // An answer the client must reject: where the flow stops when nothing follows it.
  observed: true,
  spec: () => [oauth21('3.2.3')],
  fix: [
    {
      party: 'authorization-server',
      text: 'Answer the token request with `access_token`, `token_type` (`Bearer`) and `expires_in` (OAuth 2.1 §3.2.3).',
    },
  ],
  check(f) {
    const answers = [
      ...f.flow.tokens.map((ex) => judge(ex, false)),
      ...f.flow.refreshes.map((ex) => judge(ex, true)),
    ].filter((o): o is Outcome => o !== null)
    return answers.length ? answers : null
  },
}

export const TOKEN_RESPONSE_RULES: Rule[] = [tokenResponseFields]
