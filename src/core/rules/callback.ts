// Step 6: the AS's answer to the authorization request — error pages and the callback
// (mcp-oauth-rules.md §3.5 `authorize.as-error-page`, §3.6).
import { getParam } from '../oauth/params.ts'
import { compareUris, describeNearMiss } from '../oauth/uri-compare.ts'
import { explainError, OAUTH_ERRORS } from '../knowledge/oauth-errors.ts'
import { explainKnownError } from '../knowledge/error-strings.ts'
import { quoteCaptured } from '../scrub/scrub.ts'
import { responseText } from '../ingest/index.ts'
import { formParams } from '../flow/exchange-helpers.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { mcpAuth, oauth21, rfc } from './spec-refs.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'
import { SCOPE_REFUSAL_FIX, scopeRefusalParty } from './scope-refusal.ts'

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

export const issMismatch: Rule = {
  id: 'iss.mismatch',
  title: 'Callback iss differs from the issuer',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'callback',
  aliases: ['sep-2468-client-no-normalization'],
  spec: (rev) => [
    rev === '2026-07-28' ? mcpAuth(rev, 'Authorization Response Validation') : rfc(9207, '2.4'),
    rfc(9207, '2.4'),
  ],
  fix: [
    {
      party: 'authorization-server',
      text: 'Send `iss` exactly equal to the metadata `issuer` (no trailing-slash or case changes).',
    },
  ],
  check(f) {
    const cb = f.flow.callback
    const iss = cb ? getParam(cb.params, 'iss') : undefined
    if (!cb || iss === undefined) return null
    const issuer = typeof f.asMeta?.doc.issuer === 'string' ? f.asMeta.doc.issuer : null
    if (!issuer)
      return unknown(`The callback carries iss=${q(iss)}, but the metadata issuer is not in the capture.`, [cb.entry])
    const kind = compareUris(issuer, iss)
    if (kind === 'exact') return pass('The callback iss matches the issuer.', [cb.entry])
    return fail(
      `The callback iss=${q(iss)} ${describeNearMiss(kind)} compared with the metadata issuer ${q(issuer)}; clients must reject it without normalizing.`,
      [cb.entry, f.asMeta!.ex.entry],
    )
  },
}

export const issMissingWhenAdvertised: Rule = {
  id: 'iss.missing-when-advertised',
  title: 'Callback without iss although the AS advertises it',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'callback',
  aliases: ['sep-2468-client-reject-missing-iss'],
  spec: (rev) => [
    rfc(9207, '2.4'),
    ...(rev === '2026-07-28' ? [mcpAuth(rev, 'Authorization Response Validation')] : []),
  ],
  fix: [
    {
      party: 'authorization-server',
      text: 'Send iss in every authorization response, or stop advertising authorization_response_iss_parameter_supported.',
    },
  ],
  check(f) {
    const cb = f.flow.callback
    if (!cb || f.asMeta?.doc.authorization_response_iss_parameter_supported !== true) return null
    if (getParam(cb.params, 'iss') !== undefined)
      return pass('The callback carries iss, as the metadata promises.', [cb.entry])
    // Cite only the callback: the verdict orders causes by entry, and the fault happens here.
    return fail(
      `The metadata (entry ${f.asMeta.ex.entry}) advertises iss in authorization responses, but the callback (entry ${cb.entry}) has none: clients that follow RFC 9207 reject it.`,
      [cb.entry],
    )
  },
}

/** Why the callback's iss fails RFC 9207 §2.4, or null when it does not (or cannot be judged). */
function issProblem(f: FlowFacts): string | null {
  const cb = f.flow.callback
  if (!cb || !f.asMeta) return null
  const iss = getParam(cb.params, 'iss')
  const issuer = typeof f.asMeta.doc.issuer === 'string' ? f.asMeta.doc.issuer : null
  if (iss === undefined)
    return f.asMeta.doc.authorization_response_iss_parameter_supported === true
      ? 'has no iss although the metadata advertises it'
      : null
  return issuer && compareUris(issuer, iss) !== 'exact' ? `carries iss=${q(iss)}, not the issuer ${q(issuer)}` : null
}

export const issIgnoredByClient: Rule = {
  id: 'iss.ignored-by-client',
  title: 'Client redeemed a code from a callback it had to reject',
  severity: 'error',
  party: 'client',
  // Only the 2026-07-28 revision makes MCP clients validate iss (RFC 9207 is optional before it).
  since: '2026-07-28',
  step: 'callback',
  spec: (rev) => [mcpAuth(rev, 'Authorization Response Validation'), rfc(9207, '2.4')],
  fix: [
    {
      party: 'client',
      text: 'Validate iss in the authorization response before sending the code to any token endpoint (RFC 9207 §2.4); stop the flow when it is missing or differs.',
    },
  ],
  check(f) {
    const cb = f.flow.callback
    const problem = issProblem(f)
    const code = cb ? getParam(cb.params, 'code') : undefined
    if (!cb || !problem || code === undefined) return null
    if (f.flow.tokens.some((ex) => ex.missing === 'request'))
      return unknown(`The callback (entry ${cb.entry}) ${problem}; the token request itself is not in this evidence.`, [
        cb.entry,
      ])
    // No token request proves the client stopped only where its own traffic (registration, MCP
    // calls) was captured; a browser-only capture never shows the token request.
    const clientSideSeen = f.flow.registrations.length > 0 || f.flow.mcp.length > 0
    if (!f.flow.tokens.length) {
      return clientSideSeen
        ? pass(`The callback ${problem}, and the client sent no token request: it stopped, as it must.`, [cb.entry])
        : unknown(
            `The callback (entry ${cb.entry}) ${problem}, but the client's own requests are not in the capture to show whether it stopped.`,
            [cb.entry],
          )
    }
    const redeemed = f.flow.tokens.find((ex) => getParam(formParams(ex), 'code') === code)
    if (!redeemed) return pass(`The callback ${problem}, and the client did not redeem its code.`, [cb.entry])
    return fail(
      `The callback (entry ${cb.entry}) ${problem}, yet the client sent its code to the token endpoint (entry ${redeemed.entry}) instead of rejecting the response.`,
      [redeemed.entry],
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
