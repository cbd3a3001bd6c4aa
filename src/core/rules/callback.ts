// Step 6: the AS's answer to the authorization request — error pages and the callback
// (mcp-oauth-rules.md §3.5 `authorize.as-error-page`, §3.6).
import { getParam } from '../oauth/params.ts'
import { explainError, OAUTH_ERRORS } from '../knowledge/oauth-errors.ts'
import { explainKnownError } from '../knowledge/error-strings.ts'
import { quoteCaptured } from '../scrub/scrub.ts'
import { responseText } from '../ingest/index.ts'
import { mcpAuth, oauth21, rfc } from './spec-refs.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'
import { SCOPE_REFUSAL_FIX, scopeRefusalParty } from './scope-refusal.ts'
import { issMismatch, issMissingWhenAdvertised, issIgnoredByClient } from './callback-iss.ts'

function pageText(html: string | null): string {
  if (!html) return ''
  const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(html)?.[1]
  const text = (
    title ?? html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ')
  )
    .replace(/\s+/g, ' ')
    .trim()
  return text.slice(0, 160)
}

export const asErrorPage: Rule = {
  id: 'authorize.as-error-page',
  title: 'The authorization server showed an error page',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'authorize',
  observed: true,
  spec: () => [oauth21('4.1.2.1'), oauth21('2.3.5')],
  fix: [
    {
      party: 'client',
      text: 'Check that the client_id is registered at this authorization server and that redirect_uri is exactly a registered one.',
    },
    {
      party: 'authorization-server',
      text: 'Allow the redirect URI the client registered (for Copilot Studio: https://global.consent.azure-apim.net/redirect/*).',
    },
  ],
  check(f) {
    const a = f.flow.authorize
    if (!a) return null
    const errorPage = [a, ...f.flow.asPages].find((ex) => ex.status >= 400)
    if (!errorPage)
      return a.status === 0
        ? unknown(`The authorization request (entry ${a.entry}) has no response in the capture.`, [a.entry])
        : pass('The authorization server did not answer with an error page.', [a.entry])
    const body = responseText(errorPage)
    const json = body?.trim().startsWith('{') ? body : null
    const said = quoteCaptured(json ? json.slice(0, 400) : pageText(body))
    return fail(
      `The authorization server answered the authorization request with HTTP ${errorPage.status} (entry ${errorPage.entry}) instead of redirecting back${said ? `: "${said}"` : ''}. This usually means an unknown client_id or an unregistered redirect_uri.${explainKnownError(body)}`,
      [errorPage.entry],
    )
  },
}

export const callbackError: Rule = {
  id: 'callback.error',
  title: 'The authorization server returned an error',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'callback',
  observed: true,
  spec: () => [oauth21('4.1.2.1'), rfc(8707, '2.1'), rfc(7636, '4.4.1')],
  check(f) {
    const cb = f.flow.callback
    if (!cb) return null
    const error = getParam(cb.params, 'error')
    if (!error)
      return getParam(cb.params, 'code') !== undefined
        ? pass(`The callback carries an authorization code (entry ${cb.entry}).`, [cb.entry])
        : null
    const rawDescription = getParam(cb.params, 'error_description')
    const description = rawDescription === undefined ? undefined : quoteCaptured(rawDescription)
    const party =
      error === 'invalid_scope' ? scopeRefusalParty(f) : (OAUTH_ERRORS[error]?.party ?? 'authorization-server')
    const resourceHint =
      error === 'invalid_target'
        ? ` The client sent resource=${q(f.authorizeParams ? getParam(f.authorizeParams, 'resource') : undefined)}.`
        : ''
    return fail(
      `The authorization server redirected back with error=${q(quoteCaptured(error, 60))}${description ? ` ("${description}")` : ''} (entry ${cb.entry})${explainError(error, !!description)}.${resourceHint}${explainKnownError(rawDescription)}`,
      [cb.entry, ...(f.flow.authorize ? [f.flow.authorize.entry] : [])],
      {
        party,
        code: error,
        fix:
          error === 'invalid_target'
            ? [
                {
                  party: 'authorization-server',
                  text: `Register the MCP server URL ${f.mcpServerUrl ? q(f.mcpServerUrl) : ''} as a resource (API / resource indicator) at the authorization server.`,
                },
                { party: 'client', text: 'Send `resource` exactly as PRM advertises it.' },
              ]
            : error === 'invalid_scope' && party !== 'client'
              ? [{ party, text: SCOPE_REFUSAL_FIX }]
              : [{ party, text: `Resolve the ${error} error reported by the authorization server.` }],
      },
    )
  },
}

export const callbackStateMismatch: Rule = {
  id: 'callback.state.mismatch',
  title: 'Callback state does not match',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'callback',
  spec: (rev) => [oauth21('4.1.2'), mcpAuth(rev, 'Open Redirection')],
  fix: [
    { party: 'authorization-server', text: 'Return `state` unchanged.' },
    { party: 'client', text: 'Discard callbacks whose state does not match.' },
  ],
  check(f) {
    const sent = f.authorizeParams ? getParam(f.authorizeParams, 'state') : undefined
    const cb = f.flow.callback
    if (sent === undefined || !cb) return null
    const got = getParam(cb.params, 'state')
    if (got === sent) return pass('The callback returns the same state.', [cb.entry])
    return fail(
      `The callback (entry ${cb.entry}) ${got === undefined ? 'has no state' : 'carries a different state than was sent'}.`,
      [cb.entry, f.flow.authorize!.entry],
    )
  },
}

export const CALLBACK_RULES: Rule[] = [
  issMissingWhenAdvertised,
  asErrorPage,
  callbackError,
  callbackStateMismatch,
  issMismatch,
  issIgnoredByClient,
]
