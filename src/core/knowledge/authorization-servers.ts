// Authorization-server fingerprints with their audience behaviour and the setting that fixes
// it (clients-and-servers.md §B.2, §B.3 S1–S15). Data, not logic: one row per vendor.

export type AudienceShape =
  'url' | 'guid' | 'client-id' | 'opaque' | 'none' | 'resource-id' | 'array-with-project' | 'audience-param'

export interface VendorProfile {
  vendor: string
  name: string
  /** How people name it in prose ("Entra ID", "AuthKit", "AWS Cognito"): the text path reads these. */
  names?: RegExp
  /** What this vendor's OAuth client ids look like: an `aud` of this shape is a client id, not a resource. */
  clientIdShape?: RegExp
  /** Matched against the issuer and the authorization endpoint. */
  host: RegExp
  audience: AudienceShape
  /** What `aud` looks like, said for the audience panel. */
  expectedAud: string
  /** What `aud` is when the client sends no `resource` (said after "<name> then issues": see issued-phrase.ts). */
  withoutResource: string
  /** The setting on the authorization server that makes `aud` the MCP server's URL. */
  fix: string
  source: string
}

export const VENDORS: readonly VendorProfile[] = [
  {
    vendor: 'workos',
    clientIdShape: /^client_01[0-9A-HJKMNP-TV-Z]{24}$/,
    names: /\bwork\s*os\b|\bauthkit\b/i,
    name: 'WorkOS AuthKit',
    host: /\.authkit\.app$|(^|\.)workos\.com$/,
    audience: 'url',
    expectedAud: 'the MCP URL, once it is registered as a resource indicator',
    withoutResource: '`aud` = the client id (legacy) or the environment default',
    fix: 'In the WorkOS dashboard add the MCP server URL (the PRM `resource`, exactly) under AuthKit → MCP resource indicators, and consider marking it default so resource-less requests get it.',
    source: 'workos.com/docs/reference/authkit/oauth-resource; PrefectHQ/fastmcp PR #3905',
  },
  {
    vendor: 'auth0',
    clientIdShape: /^[A-Za-z0-9]{32}$/,
    names: /\bauth0\b/i,
    name: 'Auth0',
    host: /\.auth0\.com$/,
    audience: 'audience-param',
    expectedAud: 'the API identifier (the MCP URL when the compatibility profile is on)',
    withoutResource: 'an opaque token or `aud` = …/userinfo',
    fix: 'Enable the tenant "Resource Parameter Compatibility Profile" and create an API whose identifier is the MCP server URL exactly.',
    source: 'auth0.com/ai/docs/mcp/guides/resource-param-compatibility-profile',
  },
  {
    vendor: 'entra',
    names:
      /\bentra(?:\s*id)?\b|\bazure\s*(?:ad|active directory)\b|\bmicrosoft\s+(?:identity(?:\s+platform)?|entra)\b|\bAADSTS\d+/i,
    name: 'Microsoft Entra ID',
    host: /login\.microsoftonline\.(com|us)$|sts\.windows\.net$|login\.partner\.microsoftonline\.cn$/,
    audience: 'guid',
    expectedAud: "the resource app's client-id GUID (v2) or its App ID URI (v1)",
    withoutResource: 'the app named by the fully-qualified scope',
    fix: 'Validate `aud` against the app registration GUID (v2 tokens) and use fully-qualified scopes (api://…/scope); set the App ID URI to the canonical MCP URL.',
    source: 'learn.microsoft.com/entra; modelcontextprotocol/csharp-sdk PR #1801',
  },
  {
    vendor: 'okta',
    clientIdShape: /^0oa[0-9A-Za-z]{15,20}$/,
    names: /\bokta\b|\bE0000\d{3}\b/i,
    name: 'Okta',
    host: /\.okta(preview)?\.com$|\.oktapreview\.com$/,
    audience: 'url',
    expectedAud: "the custom authorization server's audience",
    withoutResource: "the custom authorization server's configured audience",
    fix: "Set the custom authorization server's audience to the MCP server URL, and point PRM `authorization_servers` at /oauth2/<id>, not the org root.",
    source: 'MCPJam/inspector #1002',
  },
  {
    vendor: 'keycloak',
    names: /\bkeycloak\b/i,
    name: 'Keycloak',
    host: /keycloak/i,
    audience: 'client-id',
    expectedAud: 'the client id unless an audience mapper or the resource-indicators feature is configured',
    withoutResource: '`aud` = the client (or `account`)',
    fix: 'Add an audience mapper for the MCP server URL to the client scope, or enable the resource-indicators feature (26.6+) and set `resource_url`.',
    source: 'l10178/idaas-book PR #243; keycloak/keycloak #41527',
  },
  {
    vendor: 'cognito',
    clientIdShape: /^[a-z0-9]{25,26}$/,
    names: /\bcognito\b/i,
    name: 'Amazon Cognito',
    host: /cognito-idp\.[a-z0-9-]+\.amazonaws\.com$|\.amazoncognito\.com$/,
    audience: 'none',
    expectedAud: 'no `aud` in access tokens (the `client_id` claim instead)',
    withoutResource: 'no `aud`',
    fix: 'Cognito access tokens carry no `aud`: the MCP server must validate the `client_id` claim and scopes instead, and clients need pre-registration (no DCR).',
    source: 'camunda/camunda #44650',
  },
  {
    vendor: 'stytch',
    clientIdShape: /^connected-app-(?:test|live)-[0-9a-f-]{36}$/,
    names: /\bstytch\b/i,
    name: 'Stytch',
    host: /stytch\.(com|dev)$/,
    audience: 'client-id',
    expectedAud: 'the OAuth client id, unless a custom audience is set',
    withoutResource: '`aud` = the client id',
    fix: 'Configure a custom audience equal to the MCP server URL, or validate `aud` the way Stytch issues it.',
    source: 'alpic-ai/skybridge PR #879',
  },
  {
    vendor: 'descope',
    names: /\bdescope\b/i,
    name: 'Descope',
    host: /(^|\.)descope\.com$/,
    audience: 'array-with-project',
    expectedAud: '[DCR client id, project id]',
    withoutResource: '[client id, project id]',
    fix: 'Validate `aud` as Descope issues it (contains the project id), or configure the MCP server as the audience.',
    source: 'docs.skybridge.tech/api-reference/descope-provider',
  },
  {
    vendor: 'clerk',
    names: /\bclerk\b/i,
    name: 'Clerk',
    host: /clerk\.accounts\.dev$|(^|\.)clerk\.[a-z.]+$/,
    audience: 'opaque',
    expectedAud: 'none: OAuth access tokens are opaque (oat_…)',
    withoutResource: 'opaque token',
    fix: 'Clerk access tokens are opaque: validate them by introspection, not by decoding `aud`.',
    source: 'clients-and-servers.md §B.2',
  },
  {
    vendor: 'logto',
    names: /\blogto\b/i,
    name: 'Logto',
    host: /\.logto\.app$/,
    audience: 'url',
    expectedAud: 'the API resource indicator (the MCP URL)',
    withoutResource: "the tenant's default API, or an opaque userinfo token with `openid`",
    fix: 'Create an API resource whose indicator is the MCP server URL and set it as the tenant default API.',
    source: 'docs.logto.io/authorization/api-resources',
  },
  {
    vendor: 'scalekit',
    names: /\bscalekit\b/i,
    name: 'Scalekit',
    host: /\.scalekit\.(dev|com)$/,
    audience: 'resource-id',
    expectedAud: 'the resource id (res_…)',
    withoutResource: 'the resource id',
    fix: 'Validate `aud` against the Scalekit resource id (res_…) registered for the MCP server.',
    source: 'upstash/context7 PR #2987',
  },
  {
    vendor: 'supabase',
    names: /\bsupabase\b/i,
    name: 'Supabase Auth',
    host: /\.supabase\.co$/,
    audience: 'none',
    expectedAud: 'not bound to the MCP server (no RFC 8707 support)',
    withoutResource: 'not bound to the MCP server',
    fix: 'Supabase Auth does not bind tokens to a resource: accept that knowingly or bind with other claims.',
    source: 'gofastmcp.com/v3/integrations/supabase',
  },
  {
    vendor: 'ory',
    names: /\bory\s+(?:hydra|network)\b|\bhydra\b/i,
    name: 'Ory',
    host: /\.oryapis\.com$/,
    audience: 'audience-param',
    expectedAud: 'the values of the `audience` parameter',
    withoutResource: 'empty `aud` (Hydra ignores `resource`)',
    fix: "Add the MCP server URL to the client's allowed audiences and have the client send `audience`.",
    source: 'agentarea/agentarea PR #381',
  },
  {
    vendor: 'google',
    names:
      /\bgoogle(?:'s)?[\s-]*(?:oauth|identity|sign-?in|backed|workspace)\b|\bGoogleProvider\b|\baccounts\.google\.com\b/i,
    name: 'Google',
    host: /accounts\.google\.com$|googleapis\.com$/,
    audience: 'opaque',
    expectedAud: 'opaque access tokens',
    withoutResource: 'opaque token',
    fix: 'Google issues opaque access tokens and has no DCR: pre-register the client and validate by introspection.',
    source: 'clients-and-servers.md §B.3 S15',
  },
  {
    vendor: 'github',
    names: /\bgithub\s+oauth\b|\bGitHubProvider\b/i,
    name: 'GitHub',
    host: /(^|\.)github\.com$/,
    audience: 'opaque',
    expectedAud: 'opaque tokens, no `aud`',
    withoutResource: 'opaque token',
    fix: 'GitHub issues opaque tokens, has no DCR and does not advertise PKCE: front it with an authorization server that does.',
    source: 'clients-and-servers.md §B.3 S15',
  },
]

export function vendorFor(...urls: (string | null | undefined)[]): VendorProfile | null {
  for (const url of urls) {
    if (!url) continue
    const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase()
    if (!host) continue
    const hit = VENDORS.find((v) => v.host.test(host))
    if (hit) return hit
    if (/\/realms\/[^/]+/.test(url)) return VENDORS.find((v) => v.vendor === 'keycloak') ?? null
  }
  return null
}

/** The vendor whose client-id shape this value has (a stated vendor first), if any. */
export function clientIdVendor(value: string, prefer: string | null = null): VendorProfile | null {
  const ordered = [...VENDORS].sort((a, b) => Number(b.vendor === prefer) - Number(a.vendor === prefer))
  return ordered.find((v) => v.clientIdShape?.test(value)) ?? null
}

export function vendorById(id: string | null): VendorProfile | null {
  return VENDORS.find((v) => v.vendor === id) ?? null
}
