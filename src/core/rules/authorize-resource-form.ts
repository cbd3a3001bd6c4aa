// Step 5: the form of the RFC 8707 resource value in the authorization request (AS URL, canonical, one).
import { getAll, getParam, splitUrl } from '../oauth/params.ts'
import { compareUris } from '../oauth/uri-compare.ts'
import { advertisedResource } from '../flow/audience.ts'
import { mcpAuth, rfc } from './spec-refs.ts'
import { fail, pass, q, type Rule } from './rule.ts'
import { authorizeEntry } from './authorize-entry.ts'
import { BAD_RESOURCE_FINDINGS, RESOURCE_REFUSED_AT_CALLBACK } from './authorize-resource.ts'
import { WRONG_AUDIENCE_FINDINGS } from './wrong-audience.ts'

export const resourceAuthorizeIsAs: Rule = {
  id: 'resource.authorize.is-as',
  title: 'resource names the authorization server',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  explains: WRONG_AUDIENCE_FINDINGS,
  spec: (rev) => [mcpAuth(rev, 'Resource Parameter Implementation')],
  fix: [{ party: 'client', text: 'Set `resource` to the MCP server URL, not the authorization server.' }],
  check(f) {
    if (!f.authorizeParams) return null
    const sent = getParam(f.authorizeParams, 'resource')
    if (sent === undefined) return null
    const asUrls = [
      typeof f.asMeta?.doc.issuer === 'string' ? f.asMeta.doc.issuer : null,
      f.flow.authorize!.url.split('?')[0]!,
    ].filter((s): s is string => !!s)
    const mcpHost = f.mcpServerUrl ? splitUrl(f.mcpServerUrl)?.host : null
    const hit = asUrls.find((u) => {
      const k = compareUris(u, sent)
      return k === 'exact' || k === 'trailing-slash' || (k === 'origin-only' && splitUrl(sent)?.host !== mcpHost)
    })
    if (hit)
      return fail(
        `resource=${q(sent)} names the authorization server (${q(hit)}), not the MCP server.`,
        authorizeEntry(f),
      )
    return pass('resource does not name the authorization server.', authorizeEntry(f))
  },
}

export const resourceAuthorizeNotCanonical: Rule = {
  id: 'resource.authorize.not-canonical',
  title: 'resource is not in canonical form',
  severity: 'warning',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  explains: BAD_RESOURCE_FINDINGS,
  spec: (rev) => [mcpAuth(rev, 'Canonical Server URI')],
  fix: [
    {
      party: 'client',
      text: 'Use lower-case scheme and host, no default port, and no trailing slash unless the server advertises one.',
    },
  ],
  check(f) {
    if (!f.authorizeParams) return null
    const sent = getParam(f.authorizeParams, 'resource')
    const u = sent ? splitUrl(sent) : null
    if (!sent || !u) return null
    const problems: string[] = []
    if (u.scheme !== u.scheme.toLowerCase() || u.host !== u.host.toLowerCase())
      problems.push('upper-case scheme or host')
    if (
      (u.scheme.toLowerCase() === 'https' && u.port === '443') ||
      (u.scheme.toLowerCase() === 'http' && u.port === '80')
    )
      problems.push('an explicit default port')
    const advertised = advertisedResource(f)
    if (sent.endsWith('/') && !(advertised ?? '').endsWith('/') && (advertised !== null || u.path === '/'))
      problems.push('a trailing slash')
    if (problems.length) return fail(`resource=${q(sent)} has ${problems.join(' and ')}.`, authorizeEntry(f))
    return pass('resource is canonical.', authorizeEntry(f))
  },
}

export const resourceAuthorizeMultiple: Rule = {
  id: 'resource.authorize.multiple',
  title: 'More than one resource',
  severity: 'warning',
  party: 'client',
  since: '2025-06-18',
  step: 'authorize',
  explains: ['authorize.as-error-page', ...RESOURCE_REFUSED_AT_CALLBACK, ...WRONG_AUDIENCE_FINDINGS],
  spec: () => [rfc(8707, '3')],
  fix: [
    {
      party: 'client',
      text: 'Send one `resource`: the MCP server URL. If the authorization endpoint already carries one, report it to the AS vendor.',
    },
  ],
  check(f) {
    if (!f.authorizeParams) return null
    const values = getAll(f.authorizeParams, 'resource')
    if (values.length > 1)
      return fail(
        `The authorization request sends ${values.length} resource values: ${values.map((v) => q(v)).join(', ')}.`,
        authorizeEntry(f),
      )
    return values.length ? pass('One resource value.', authorizeEntry(f)) : null
  },
}
