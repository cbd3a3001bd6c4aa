// Step 4: client registration — DCR (RFC 7591), CIMD, and the redirect URI it fixes.
import { requestJson, responseJson } from '../flow/exchange-helpers.ts'
import { getParam, isLoopbackHost, splitUrl } from '../oauth/params.ts'
import { cimdDraft, mcpAuth, oauth21, rfc } from './spec-refs.ts'
import { quoteCaptured } from '../scrub/scrub.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'

export const dcrResponseStatus: Rule = {
  id: 'dcr.response.status',
  title: 'Dynamic client registration failed',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'registration',
  observed: true,
  spec: () => [rfc(7591, '3.2.1'), rfc(7591, '3.2.2')],
  fix: [
    {
      party: 'authorization-server',
      text: 'Accept the registration (201 with client_id), or answer a RFC 7591 error naming the rejected metadata so the client can adapt.',
    },
  ],
  check(f) {
    if (!f.flow.registrations.length) return null
    return f.flow.registrations.map((ex) => {
      const body = responseJson(ex)
      if (ex.status >= 200 && ex.status < 300 && typeof body?.client_id === 'string') {
        return ex.status === 201
          ? pass(`Registered client ${q(body.client_id)}.`, [ex.entry])
          : fail(
              `Registration answered ${ex.status} instead of 201 Created (client ${q(body.client_id)}); most clients accept this.`,
              [ex.entry],
              { severity: 'info' },
            )
      }
      const err =
        typeof body?.error === 'string'
          ? ` ${q(quoteCaptured(body.error, 60))}${typeof body.error_description === 'string' ? `: "${quoteCaptured(body.error_description)}"` : ''}`
          : ''
      return fail(
        `Dynamic client registration was rejected (entry ${ex.entry}, HTTP ${ex.status || 'no response'})${err}.`,
        [ex.entry],
      )
    })
  },
}

export const dcrRedirectUrisMissing: Rule = {
  id: 'dcr.redirect-uris.missing',
  title: 'Registration without redirect_uris',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'registration',
  explains: ['dcr.response.status'],
  spec: () => [rfc(7591, '2')],
  fix: [{ party: 'client', text: 'Send the redirect URIs the client will use in `redirect_uris`.' }],
  check(f) {
    const reqs = f.flow.registrations.map((ex) => ({ ex, body: requestJson(ex) })).filter((r) => r.body)
    if (!reqs.length) return null
    const bad = reqs.filter(
      (r) => !Array.isArray(r.body!.redirect_uris) || (r.body!.redirect_uris as unknown[]).length === 0,
    )
    if (bad.length)
      return fail(
        `The registration request (entry ${bad[0]!.ex.entry}) has no redirect_uris.`,
        bad.map((r) => r.ex.entry),
      )
    return pass(
      'The registration lists redirect URIs.',
      reqs.map((r) => r.ex.entry),
    )
  },
}

export const cimdClientIdFormat: Rule = {
  id: 'cimd.client-id.format',
  title: 'URL client_id is not a valid metadata document URL',
  severity: 'error',
  party: 'client',
  since: '2025-11-25',
  step: 'registration',
  explains: ['authorize.as-error-page', 'callback.error'],
  spec: (rev) => [cimdDraft('3'), mcpAuth(rev, 'Client ID Metadata Documents')],
  fix: [
    {
      party: 'client',
      text: 'Use an https URL with a path and no fragment, userinfo or dot segments as the client_id.',
    },
  ],
  check(f) {
    const id = f.clientId
    if (!id || !/^[a-z][a-z0-9+.-]*:\/\//i.test(id)) return null
    const entries = f.flow.authorize ? [f.flow.authorize.entry] : []
    const u = splitUrl(id)
    const problems: string[] = []
    if (!u || u.scheme.toLowerCase() !== 'https') problems.push('is not https')
    if (!u || u.path === '' || u.path === '/') problems.push('has no path')
    if (id.includes('#')) problems.push('has a fragment')
    if (/^[a-z]+:\/\/[^/]*@/i.test(id)) problems.push('has userinfo')
    if (/\/\.{1,2}(\/|$)/.test(u?.path ?? '')) problems.push('has . or .. segments')
    if (problems.length) return fail(`The client_id ${q(id)} ${problems.join(', ')}.`, entries)
    if (id.includes('?'))
      return fail(`The client_id ${q(id)} has a query (SHOULD NOT).`, entries, { severity: 'warning' })
    return pass(`The client uses a Client ID Metadata Document: ${q(id)}.`, entries)
  },
}

function sameRedirect(registered: string, sent: string): boolean {
  if (registered === sent) return true
  // RFC 8252 §7.3: loopback IP redirects may differ only in port.
  const a = splitUrl(registered)
  const b = splitUrl(sent)
  return (
    !!a &&
    !!b &&
    a.scheme === 'http' &&
    /^(127\.0\.0\.1|\[::1\])$/.test(a.host) &&
    a.host === b.host &&
    a.path === b.path &&
    isLoopbackHost(b.host)
  )
}

export const redirectUriUnregistered: Rule = {
  id: 'authorize.redirect-uri.unregistered',
  title: 'redirect_uri not registered',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'authorize',
  explains: ['authorize.as-error-page', 'callback.error'],
  spec: (rev) => [oauth21('2.3.1'), oauth21('4.1.1'), mcpAuth(rev, 'Open Redirection'), rfc(8252, '7.3')],
  fix: [
    {
      party: 'client',
      text: 'Send exactly one of the registered redirect URIs (only the port of a loopback IP may vary).',
    },
  ],
  check(f) {
    const sent = f.authorizeParams ? getParam(f.authorizeParams, 'redirect_uri') : undefined
    if (!f.flow.authorize || sent === undefined) return null
    const fromResponse = f.flow.registrations.map((ex) => responseJson(ex)?.redirect_uris).find(Array.isArray)
    const fromRequest = f.flow.registrations.map((ex) => requestJson(ex)?.redirect_uris).find(Array.isArray)
    const fromCimd = f.flow.cimd.map((ex) => responseJson(ex)?.redirect_uris).find(Array.isArray)
    const registered = (fromResponse ?? fromCimd ?? fromRequest) as unknown[] | undefined
    // Pre-registered clients are normal: this gap is informational, not a missing proof.
    if (!registered)
      return {
        ...unknown(
          'No registration or client metadata document is in the capture, so the registered redirect URIs are not known.',
          [f.flow.authorize.entry],
        ),
        severity: 'info',
      }
    const list = registered.map(String)
    const source = [...f.flow.registrations, ...f.flow.cimd].map((e) => e.entry)
    if (list.some((r) => sameRedirect(r, sent)))
      return pass(`redirect_uri ${q(sent)} is registered.`, [f.flow.authorize.entry])
    return fail(
      `The authorization request (entry ${f.flow.authorize.entry}) sends redirect_uri ${q(sent)}, but the registered ones are ${list.map((r) => q(r)).join(', ')}.`,
      [f.flow.authorize.entry, ...source],
    )
  },
}

export const clientIdUnregistered: Rule = {
  id: 'authorize.client-id.unregistered',
  title: 'Authorization request with another client id than registered',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'authorize',
  explains: ['authorize.as-error-page', 'callback.error'],
  spec: () => [rfc(7591, '3.2.1'), rfc(6749, '2.2')],
  fix: [
    {
      party: 'client',
      text: 'Use the client_id the registration returned for this authorization server (credentials are per issuer).',
    },
  ],
  check(f) {
    const sent = f.authorizeParams ? getParam(f.authorizeParams, 'client_id') : undefined
    const registered = f.flow.registrations
      .map((ex) => ({ ex, id: responseJson(ex)?.client_id }))
      .filter((r) => typeof r.id === 'string')
    if (!f.flow.authorize || sent === undefined || !registered.length) return null
    if (registered.some((r) => r.id === sent))
      return pass('The authorization request uses the registered client_id.', [f.flow.authorize.entry])
    return fail(
      `The registration (entry ${registered[0]!.ex.entry}) returned client_id ${q(String(registered[0]!.id))}, but the authorization request (entry ${f.flow.authorize.entry}) sends ${q(sent)}.`,
      [f.flow.authorize.entry],
    )
  },
}

export const REGISTRATION_RULES: Rule[] = [
  clientIdUnregistered,
  dcrResponseStatus,
  dcrRedirectUrisMissing,
  cimdClientIdFormat,
  redirectUriUnregistered,
]
