// Step 7: the code exchange (mcp-oauth-rules.md §3.7): PKCE verifier, resource, redirect_uri,
// and the authorization server's answer.
import { formParams, responseJson } from '../flow/exchange-helpers.ts'
import { getParam, hasParam } from '../oauth/params.ts'
import { s256Challenge } from '../oauth/sha256.ts'
import { explainError, OAUTH_ERRORS } from '../knowledge/oauth-errors.ts'
import { explainKnownError } from '../knowledge/error-strings.ts'
import { quoteCaptured } from '../scrub/scrub.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import type { Exchange } from '../types.ts'
import { entraWithScopes } from './authorize-resource.ts'
import { mcpAuth, oauth21, rfc } from './spec-refs.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'
import { WRONG_AUDIENCE_FINDINGS } from './wrong-audience.ts'

const tokenNotCaptured = (f: FlowFacts) => {
  if (f.flow.tokens[0]?.missing === 'request')
    return unknown('The token request itself is not in this evidence (only its answer is).', [f.flow.tokens[0].entry])
  if (f.flow.tokens.length || !f.flow.authorize) return null
  if (f.flow.callback && getParam(f.flow.callback.params, 'error') !== undefined) return null
  const why = f.client?.hosted
    ? `${f.client.name} exchanges the code on its own servers, so the token request is never in a browser capture`
    : 'the token request is not in the capture (a desktop or CLI client makes it outside the browser)'
  return unknown(
    `Not captured: ${why}. Capture with a proxy (mitmproxy, Charles, Fiddler) or read the MCP server's logs to see it.`,
    [f.flow.authorize.entry],
  )
}

export const pkceVerifierMissing: Rule = {
  id: 'pkce.verifier.missing',
  title: 'No code_verifier in the token request',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'token',
  explains: ['token.response.error'],
  aliases: ['pkce-code-verifier-sent'],
  spec: () => [rfc(7636, '4.5'), oauth21('4.1.3')],
  fix: [{ party: 'client', text: 'Send the `code_verifier` that matches the challenge.' }],
  check(f) {
    const ex = f.flow.tokens[0]
    if (!ex || ex.missing === 'request') return tokenNotCaptured(f)
    if (!f.authorizeParams || !hasParam(f.authorizeParams, 'code_challenge')) return null
    if (!hasParam(formParams(ex), 'code_verifier'))
      return fail(
        `The token request (entry ${ex.entry}) has no code_verifier although the authorization request sent a challenge.`,
        [ex.entry],
      )
    return pass('The token request sends a code_verifier.', [ex.entry])
  },
}

/** What the authorization server did with a wrong verifier: said only when the capture shows it. */
function verifierOutcome(ex: Exchange): string {
  if (ex.missing === 'response' || !ex.status)
    return ' The authorization server must refuse it (invalid_grant, RFC 7636 §4.6).'
  // A refusal is the token answer's own finding; a token despite the mismatch is the surprise.
  return ex.status === 200 ? ' Yet the authorization server issued a token (HTTP 200): it does not check PKCE.' : ''
}

export const pkceVerifierMismatch: Rule = {
  id: 'pkce.verifier.mismatch',
  title: 'code_verifier does not match code_challenge',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'token',
  explains: ['token.response.error'],
  aliases: ['pkce-verifier-matches-challenge'],
  spec: () => [rfc(7636, '4.6'), oauth21('4.1.3')],
  fix: [
    {
      party: 'client',
      text: 'Keep the verifier of each authorization request and send that one (a verifier from another attempt fails with invalid_grant).',
    },
  ],
  check(f) {
    const ex = f.flow.tokens[0]
    const challenge = f.authorizeParams ? getParam(f.authorizeParams, 'code_challenge') : undefined
    const verifier = ex ? getParam(formParams(ex), 'code_verifier') : undefined
    if (!ex || challenge === undefined || verifier === undefined) return null
    const method = getParam(f.authorizeParams!, 'code_challenge_method') ?? 'plain'
    const computed = method === 'S256' ? s256Challenge(verifier) : verifier
    if (computed === challenge)
      return pass(
        `BASE64URL(SHA-256(code_verifier)) equals the code_challenge (entries ${f.flow.authorize!.entry}, ${ex.entry}).`,
        [f.flow.authorize!.entry, ex.entry],
      )
    return fail(
      `The code_verifier (entry ${ex.entry}) does not hash to the code_challenge of the authorization request (entry ${f.flow.authorize!.entry}): expected ${q(challenge)}, computed ${q(computed)}.${verifierOutcome(ex)}`,
      [f.flow.authorize!.entry, ex.entry],
    )
  },
}

export const resourceTokenMissing: Rule = {
  id: 'resource.token.missing',
  title: 'No resource parameter in the token request',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'token',
  explains: ['token.response.error', ...WRONG_AUDIENCE_FINDINGS],
  aliases: ['resource-parameter-in-token'],
  spec: (rev) => [mcpAuth(rev, 'Resource Parameter Implementation'), rfc(8707, '2.2')],
  fix: [{ party: 'client', text: 'Send the same `resource` in the token request as in the authorization request.' }],
  check(f) {
    const ex = f.flow.tokens[0]
    if (!ex || ex.missing === 'request') return tokenNotCaptured(f)
    const form = formParams(ex)
    if (hasParam(form, 'resource'))
      return pass(`The token request sends resource=${q(getParam(form, 'resource'))}.`, [ex.entry])
    if (entraWithScopes(f))
      return fail(
        'No resource in the token request; accepted practice with Entra ID v2 and fully-qualified scopes.',
        [ex.entry],
        { severity: 'info' },
      )
    return fail(`The token request (entry ${ex.entry}) has no \`resource\`.`, [ex.entry])
  },
}

export const resourceTokenMismatchAuthorize: Rule = {
  id: 'resource.token.mismatch-authorize',
  title: 'Token resource differs from authorize resource',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'token',
  explains: ['token.response.error', ...WRONG_AUDIENCE_FINDINGS],
  aliases: ['resource-parameter-consistency'],
  spec: (rev) => [mcpAuth(rev, 'Resource Parameter Implementation'), rfc(8707, '2.2')],
  fix: [{ party: 'client', text: 'Use one resource string for authorize, token and refresh.' }],
  check(f) {
    const a = f.resource.authorize
    const t = f.resource.token
    if (a.state !== 'present' || t.state !== 'present') return null
    if (a.value === t.value) return pass('The token request repeats the authorize resource.', [f.flow.tokens[0]!.entry])
    return fail(
      `resource differs: ${q(a.value)} at authorize (entry ${f.flow.authorize!.entry}) but ${q(t.value)} at token (entry ${f.flow.tokens[0]!.entry}).`,
      [f.flow.authorize!.entry, f.flow.tokens[0]!.entry],
    )
  },
}

export const tokenRedirectUriMismatch: Rule = {
  id: 'token.redirect-uri.mismatch',
  title: 'Token redirect_uri differs from authorize',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'token',
  explains: ['token.response.error'],
  spec: () => [oauth21('10.2'), rfc(6749, '4.1.3')],
  fix: [{ party: 'client', text: 'Send the same redirect_uri as in the authorization request (or none).' }],
  check(f) {
    const ex = f.flow.tokens[0]
    const sent = ex ? getParam(formParams(ex), 'redirect_uri') : undefined
    const original = f.authorizeParams ? getParam(f.authorizeParams, 'redirect_uri') : undefined
    if (!ex || sent === undefined || original === undefined) return null
    if (sent === original) return pass('redirect_uri is the same at authorize and token.', [ex.entry])
    return fail(`redirect_uri ${q(sent)} at token (entry ${ex.entry}) differs from ${q(original)} at authorize.`, [
      f.flow.authorize!.entry,
      ex.entry,
    ])
  },
}

export const tokenResponseError: Rule = {
  id: 'token.response.error',
  title: 'The token request failed',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'token',
  observed: true,
  spec: () => [oauth21('3.2.4'), rfc(8707, '2')],
  check(f) {
    if (!f.flow.tokens.length) return null
    return f.flow.tokens
      .filter((ex) => ex.missing !== 'response')
      .map((ex) => {
        const body = responseJson(ex)
        if (ex.status === 200 && typeof body?.access_token === 'string')
          return pass(`The token request succeeded (entry ${ex.entry}).`, [ex.entry])
        const error = typeof body?.error === 'string' ? quoteCaptured(body.error, 60) : null
        const party = (error && OAUTH_ERRORS[error]?.party) || 'authorization-server'
        const description =
          typeof body?.error_description === 'string' ? ` ("${quoteCaptured(body.error_description)}")` : ''
        return fail(
          `The token request failed with HTTP ${ex.status || 'no response'}${error ? ` ${q(error)}` : ''}${description} (entry ${ex.entry})${explainError(error, !!description)}.${explainKnownError(typeof body?.error_description === 'string' ? body.error_description : null)}`,
          [ex.entry],
          {
            party,
            fix: [
              {
                party,
                text:
                  error === 'invalid_target'
                    ? 'Register the MCP server URL as a resource at the authorization server, and send it unchanged.'
                    : `Resolve the ${error ?? 'token endpoint'} error.`,
              },
            ],
          },
        )
      })
  },
}

export const tokenRequestAbsent: Rule = {
  id: 'flow.token-request.absent',
  title: 'Token exchange not in the capture',
  severity: 'info',
  party: null,
  since: '2025-03-26',
  step: 'token',
  spec: () => [oauth21('4.1.3')],
  check(f) {
    const code = f.flow.callback ? getParam(f.flow.callback.params, 'code') : undefined
    if (code === undefined) return null
    if (f.flow.tokens.length) return pass('The token exchange is in the capture.', [f.flow.tokens[0]!.entry])
    return tokenNotCaptured(f)
  },
}

export const TOKEN_RULES: Rule[] = [
  pkceVerifierMissing,
  pkceVerifierMismatch,
  resourceTokenMissing,
  resourceTokenMismatchAuthorize,
  tokenRedirectUriMismatch,
  tokenResponseError,
  tokenRequestAbsent,
]
