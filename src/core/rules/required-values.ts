// Protocol values a step cannot do without (mcp-oauth-rules.md §3.2–§3.6): the authorization
// request's client_id and response_type, the callback's code, the AS's support for the code flow,
// and the header bearer method a protected resource must accept.
import { getParam } from '../oauth/params.ts'
import { mcpAuth, oauth21, rfc } from './spec-refs.ts'
import { fail, pass, q, type Rule } from './rule.ts'

export const authorizeClientIdMissing: Rule = {
  id: 'authorize.client-id.missing',
  title: 'Authorization request without client_id',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'authorize',
  explains: ['authorize.as-error-page', 'callback.error'],
  spec: () => [oauth21('4.1.1')],
  fix: [
    {
      party: 'client',
      text: 'Send the client_id (registered, pre-configured or the metadata document URL) on every authorization request.',
    },
  ],
  check(f) {
    if (!f.flow.authorize || !f.authorizeParams) return null
    const entry = [f.flow.authorize.entry]
    const id = getParam(f.authorizeParams, 'client_id')
    return id
      ? pass('The authorization request names its client.', entry)
      : fail(
          `The authorization request (entry ${entry[0]}) has no client_id: the AS cannot know which client is asking.`,
          entry,
        )
  },
}

export const authorizeResponseType: Rule = {
  id: 'authorize.response-type',
  title: 'Authorization request not using the code flow',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'authorize',
  explains: ['authorize.as-error-page', 'callback.error'],
  spec: () => [oauth21('4.1.1'), oauth21('10.1')],
  fix: [
    {
      party: 'client',
      text: 'Send response_type=code: OAuth 2.1 removed the implicit flow, and MCP requires the authorization code flow with PKCE.',
    },
  ],
  check(f) {
    if (!f.flow.authorize || !f.authorizeParams) return null
    const entry = [f.flow.authorize.entry]
    const type = getParam(f.authorizeParams, 'response_type')
    if (type === 'code') return pass('The authorization request asks for a code.', entry)
    return fail(
      `The authorization request (entry ${entry[0]}) ${type === undefined ? 'has no response_type' : `asks for response_type=${q(type)}`}; only "code" is allowed.`,
      entry,
    )
  },
}

export const callbackCodeMissing: Rule = {
  id: 'callback.code.missing',
  title: 'Callback with neither code nor error',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'callback',
  spec: () => [oauth21('4.1.2'), oauth21('4.1.2.1')],
  fix: [{ party: 'authorization-server', text: 'Redirect back with either code (and state) or error in the query.' }],
  check(f) {
    const cb = f.flow.callback
    if (!cb) return null
    if (getParam(cb.params, 'code') !== undefined) return pass('The callback carries a code.', [cb.entry])
    if (getParam(cb.params, 'error') !== undefined) return null // callback.error explains it
    return fail(
      `The redirect back to the client (entry ${cb.entry}) carries neither code nor error: the client has nothing to exchange or report.`,
      [cb.entry],
    )
  },
}

export const asmetaResponseTypeNoCode: Rule = {
  id: 'asmeta.response-type.no-code',
  title: 'AS metadata without the code response type',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'as-metadata',
  spec: () => [rfc(8414, '2'), oauth21('4.1.1')],
  fix: [
    {
      party: 'authorization-server',
      text: 'List "code" in response_types_supported and support the authorization code flow.',
    },
  ],
  check(f) {
    const types = f.asMeta?.doc.response_types_supported
    if (!f.asMeta || !Array.isArray(types)) return null
    const entry = [f.asMeta.ex.entry]
    if (types.includes('code')) return pass('The AS supports response_type=code.', entry)
    return fail(
      `The metadata (entry ${entry[0]}) lists response_types_supported ${types.map((t) => q(String(t))).join(', ') || '(empty)'} without "code": MCP clients cannot use this AS.`,
      entry,
    )
  },
}

export const prmBearerMethodsNoHeader: Rule = {
  id: 'prm.bearer-methods.no-header',
  title: 'Protected resource metadata without the header bearer method',
  severity: 'warning',
  party: 'mcp-server',
  since: '2025-06-18',
  step: 'prm',
  spec: (rev) => [rfc(9728, '2'), mcpAuth(rev, 'Token Requirements')],
  fix: [
    {
      party: 'mcp-server',
      text: 'Omit bearer_methods_supported or include "header": MCP clients send the token only in the Authorization header.',
    },
  ],
  check(f) {
    const methods = f.prm?.doc.bearer_methods_supported
    if (!f.prm || !Array.isArray(methods)) return null
    const entry = [f.prm.ex.entry]
    if (methods.includes('header')) return pass('The resource accepts tokens in the Authorization header.', entry)
    return fail(
      `The protected resource metadata (entry ${entry[0]}) lists bearer_methods_supported ${methods.map((m) => q(String(m))).join(', ') || '(empty)'} without "header", the only method MCP allows.`,
      entry,
    )
  },
}

export const REQUIRED_VALUE_RULES: Rule[] = [
  authorizeClientIdMissing,
  authorizeResponseType,
  callbackCodeMissing,
  asmetaResponseTypeNoCode,
  prmBearerMethodsNoHeader,
]
