// Step 4, what registration needs (mcp-oauth-rules.md §3.4): a way to get a client id at all, and
// from 2026-07-28 an `application_type` that matches the redirect URIs (SEP-837, OIDC Registration §2).
import { requestJson } from '../flow/exchange-helpers.ts'
import { isLoopbackHost, splitUrl } from '../oauth/params.ts'
import { mcpAuth, rfc } from './spec-refs.ts'
import { fail, pass, q, type Rule } from './rule.ts'

const OIDC_REG = {
  doc: 'OpenID Connect Dynamic Client Registration 1.0',
  section: '§2 (application_type)',
  url: 'https://openid.net/specs/openid-connect-registration-1_0.html#ClientMetadata',
}

export const registrationAbsent: Rule = {
  id: 'asmeta.registration.absent',
  title: 'No way for this client to get a client id',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'as-metadata',
  explains: ['dcr.response.status', 'authorize.client-id.missing', 'authorize.as-error-page', 'callback.error'],
  // The check fails only when the client had no client id: no client can go on from here.
  stop: 'dead-end',
  spec: (rev) => [mcpAuth(rev, 'Dynamic Client Registration'), rfc(8414, '2'), rfc(7591, '3')],
  fix: [
    {
      party: 'authorization-server',
      text:
        'Publish a `registration_endpoint` (RFC 7591) or accept Client ID Metadata Documents ' +
        '(`client_id_metadata_document_supported: true`).',
    },
    {
      party: 'client',
      text:
        'Or pre-register a client at the authorization server and enter its client id in the client ' +
        '(Copilot Studio "Manual" OAuth, claude.ai advanced settings, `--client-id` options).',
    },
  ],
  check(f) {
    if (!f.asMeta) return null
    const doc = f.asMeta.doc
    const entry = f.asMeta.ex.entry
    if (typeof doc.registration_endpoint === 'string') return pass('The metadata has a registration endpoint.', [entry])
    if (doc.client_id_metadata_document_supported === true) {
      return pass('No registration endpoint, but the AS accepts Client ID Metadata Documents.', [entry])
    }
    const sentId = f.flow.authorize !== null || f.flow.tokens.length > 0 || f.flow.refreshes.length > 0
    const known = f.clientId ? ` (${q(f.clientId)})` : ''
    if (sentId) return pass(`No registration endpoint; the client used a client id it already had${known}.`, [entry])
    const guessed = f.flow.registrations.map((ex) => ex.entry)
    const tried = guessed.length ? ` (it tried a registration URL anyway, entry ${guessed[0]})` : ''
    return fail(
      `The authorization server metadata (entry ${entry}) has no registration_endpoint and no Client ID Metadata ` +
        `Document support, and the client had no client id of its own: it cannot register${tried}, ` +
        'so it never reached the authorization request.',
      [entry, ...guessed],
    )
  },
}

export const applicationTypeMissing: Rule = {
  id: 'dcr.application-type.missing',
  title: 'Registration without a fitting application_type',
  severity: 'error',
  party: 'client',
  since: '2026-07-28',
  step: 'registration',
  explains: ['dcr.response.status', 'authorize.as-error-page', 'callback.error'],
  aliases: ['sep-837-application-type-present'],
  spec: (rev) => [mcpAuth(rev, 'Dynamic Client Registration'), OIDC_REG],
  fix: [
    {
      party: 'client',
      text:
        'Send `application_type: "native"` for desktop and CLI clients with loopback or custom-scheme redirects, ' +
        'and `"web"` for hosted clients with https redirects.',
    },
  ],
  check(f) {
    const regs = f.flow.registrations
      .filter((ex) => ex.missing !== 'request')
      .map((ex) => ({ ex, body: requestJson(ex) }))
      .filter((r) => r.body)
    if (!regs.length) return null
    return regs.map(({ ex, body }) => {
      const type = body!.application_type
      const redirects = Array.isArray(body!.redirect_uris) ? body!.redirect_uris.map(String) : []
      const loopback = redirects.some((r) => {
        const u = splitUrl(r)
        return !u || u.scheme !== 'https' || isLoopbackHost(u.host)
      })
      const at = `The registration request (entry ${ex.entry})`
      // OIDC Registration §2: omitted means "web", which forbids http and localhost redirects.
      if (typeof type !== 'string') {
        const web = loopback ? '; it defaults to "web", which OIDC servers refuse for loopback redirects' : ''
        return fail(`${at} has no application_type (REQUIRED from 2026-07-28)${web}.`, [ex.entry])
      }
      if (type === 'web' && loopback) {
        const why = 'with a loopback or non-https redirect URI: OIDC servers refuse that combination'
        return fail(`${at} says application_type "web" ${why}.`, [ex.entry], { severity: 'warning' })
      }
      if (type === 'native' && !loopback) {
        const why = 'with hosted https redirect URIs'
        return fail(`${at} says application_type "native" ${why}.`, [ex.entry], { severity: 'warning' })
      }
      return pass(`application_type ${q(type)} fits the redirect URIs.`, [ex.entry])
    })
  },
}

export const REGISTRATION_NEEDS_RULES: Rule[] = [registrationAbsent, applicationTypeMissing]
