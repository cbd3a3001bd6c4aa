// Step 3: authorization server metadata, RFC 8414 / OIDC Discovery (mcp-oauth-rules.md §3.3).
import { compareUris, describeNearMiss } from '../oauth/uri-compare.ts'
import { OIDC_SEGMENT } from '../oauth/well-known.ts'
import { mcpAuth, oauth21, rfc } from './spec-refs.ts'
import { parseQuery } from '../oauth/params.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'
import { WRONG_AUDIENCE_FINDINGS } from './wrong-audience.ts'

export const asmetaHttpStatus: Rule = {
  id: 'asmeta.http-status',
  title: 'No authorization server metadata found',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'as-metadata',
  explains: ['dcr.response.status', 'authorize.as-error-page', 'token.response.error'],
  observed: true,
  spec: (rev) => [rfc(8414, '3.2'), mcpAuth(rev, 'Authorization Server Metadata Discovery')],
  fix: [
    {
      party: 'authorization-server',
      text: 'Serve RFC 8414 metadata at /.well-known/oauth-authorization-server (inserted before the issuer path) or OIDC discovery at /.well-known/openid-configuration.',
    },
  ],
  check(f) {
    if (!f.flow.asMetadata.length)
      return f.flow.authorize ? unknown('No authorization server metadata request is in the capture.') : null
    if (f.asMeta) return pass(`Metadata found at entry ${f.asMeta.ex.entry}.`, [f.asMeta.ex.entry])
    return fail(
      `None of the ${f.flow.asMetadata.length} authorization server metadata probe(s) returned 200 JSON (${f.flow.asMetadata.map((e) => `entry ${e.entry}: ${e.status || 'no response'}`).join('; ')}).`,
      f.flow.asMetadata.map((e) => e.entry),
    )
  },
}

export const asmetaIssuerMismatch: Rule = {
  id: 'asmeta.issuer.mismatch',
  title: 'Metadata issuer differs from the issuer it was fetched for',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'as-metadata',
  explains: ['at.iss.mismatch', 'iss.mismatch'],
  spec: (rev) => [rfc(8414, '3.3'), mcpAuth(rev, 'Authorization Server Metadata Discovery')],
  fix: [
    {
      party: 'authorization-server',
      text: 'Make `issuer` in the metadata exactly the identifier the metadata URL is built from, and list that same string in PRM `authorization_servers` (watch the trailing slash).',
    },
  ],
  check(f) {
    if (!f.asMeta) return null
    const issuer = f.asMeta.doc.issuer
    if (typeof issuer !== 'string') return null
    const listed = Array.isArray(f.prm?.doc.authorization_servers)
      ? (f.prm!.doc.authorization_servers as unknown[]).map(String)
      : []
    const expected =
      listed.find((s) => compareUris(s, issuer) !== 'other-host' && compareUris(s, issuer) !== 'different') ??
      f.asMetaExpectedIssuer
    if (!expected)
      return unknown('The capture does not show which issuer the metadata was requested for.', [f.asMeta.ex.entry])
    const kind = compareUris(expected, issuer)
    if (kind === 'exact') return pass(`Metadata issuer ${q(issuer)} matches.`, [f.asMeta.ex.entry])
    return fail(
      `The metadata at entry ${f.asMeta.ex.entry} says issuer ${q(issuer)}, which ${describeNearMiss(kind)} compared with ${q(expected)}. Strict clients must discard such metadata.`,
      [f.asMeta.ex.entry, ...(f.prm ? [f.prm.ex.entry] : [])],
    )
  },
}

export const asmetaPkceAbsent: Rule = {
  id: 'asmeta.pkce.absent',
  title: 'Metadata does not advertise PKCE',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-11-25',
  step: 'as-metadata',
  // A strict client refuses here; many go on with S256 anyway (a later failure is then not this one's).
  stop: 'strict-client',
  spec: (rev) => [mcpAuth(rev, 'Authorization Code Protection'), rfc(8414, '2')],
  fix: [
    {
      party: 'authorization-server',
      text: 'Publish `code_challenge_methods_supported: ["S256"]` in the metadata (Entra ID and Cognito omit it: front them with a metadata proxy or a compatible AS).',
    },
  ],
  check(f) {
    if (!f.asMeta) return null
    const methods = f.asMeta.doc.code_challenge_methods_supported
    if (!Array.isArray(methods))
      return fail(
        `The metadata (entry ${f.asMeta.ex.entry}) has no code_challenge_methods_supported: MCP clients must refuse to continue.`,
        [f.asMeta.ex.entry],
      )
    if (!methods.includes('S256'))
      return fail(
        `The metadata (entry ${f.asMeta.ex.entry}) advertises PKCE methods ${methods.map((m) => q(String(m))).join(', ')} but not S256.`,
        [f.asMeta.ex.entry],
      )
    return pass('The metadata advertises PKCE S256.', [f.asMeta.ex.entry])
  },
}

const RFC8414_REQUIRED = ['issuer', 'authorization_endpoint', 'token_endpoint', 'response_types_supported']
const OIDC_REQUIRED = ['jwks_uri', 'subject_types_supported', 'id_token_signing_alg_values_supported']

export const asmetaRequiredFields: Rule = {
  id: 'asmeta.required-fields',
  title: 'Metadata lacks required fields',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'as-metadata',
  spec: () => [
    rfc(8414, '2'),
    {
      doc: 'OpenID Connect Discovery 1.0',
      section: '§3',
      url: 'https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata',
    },
  ],
  fix: [{ party: 'authorization-server', text: 'Publish every REQUIRED metadata field.' }],
  check(f) {
    if (!f.asMeta) return null
    const required = f.asMeta.ex.url.includes(OIDC_SEGMENT) ? [...RFC8414_REQUIRED, ...OIDC_REQUIRED] : RFC8414_REQUIRED
    const missing = required.filter((k) => f.asMeta!.doc[k] === undefined)
    if (missing.length)
      return fail(`The metadata (entry ${f.asMeta.ex.entry}) lacks ${missing.map((m) => q(m)).join(', ')}.`, [
        f.asMeta.ex.entry,
      ])
    return pass('The metadata has every required field.', [f.asMeta.ex.entry])
  },
}

export const asmetaBakedQuery: Rule = {
  id: 'asmeta.endpoint.baked-query',
  title: 'Authorization endpoint with OAuth parameters built in',
  severity: 'warning',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'as-metadata',
  explains: ['resource.authorize.multiple', ...WRONG_AUDIENCE_FINDINGS, 'callback.error'],
  spec: () => [oauth21('3.1'), rfc(8707, '2')],
  fix: [
    {
      party: 'authorization-server',
      text: "Publish the authorization endpoint without OAuth parameters in its query; a built-in resource reaches the AS next to (or instead of) the client's.",
    },
  ],
  check(f) {
    const endpoint =
      typeof f.asMeta?.doc.authorization_endpoint === 'string' ? f.asMeta.doc.authorization_endpoint : null
    if (!endpoint) return null
    const baked = parseQuery(endpoint)
      .map(([n]) => n)
      .filter((n) => ['resource', 'audience', 'scope', 'client_id', 'redirect_uri', 'response_type'].includes(n))
    if (!baked.length) return pass('The authorization endpoint carries no OAuth parameters.', [f.asMeta!.ex.entry])
    return fail(
      `The metadata's authorization_endpoint ${q(endpoint)} already carries ${baked.map((b) => q(b)).join(', ')} (entry ${f.asMeta!.ex.entry}): clients must keep that query, so these values reach the AS with the client's own.`,
      [f.asMeta!.ex.entry],
    )
  },
}

export const AS_METADATA_RULES: Rule[] = [
  asmetaBakedQuery,
  asmetaHttpStatus,
  asmetaIssuerMismatch,
  asmetaPkceAbsent,
  asmetaRequiredFields,
]
