// Scenarios with more real software: FastMCP, mcp-remote, OpenAuth, @cloudflare/workers-oauth-provider.
// Each comment says why the configuration must work or fail, written before the analyser ran.
import { connected, CURRENT_SDK, failed, OLD_SDK } from './scenario-expect.mjs'

const STRICT = { strict: true }
const STATIC_CLIENT = ['--static-oauth-client-info', '{"client_id":"lab-mcp-remote"}']

export const VENDOR_SCENARIOS = [
  {
    // FastMCP's examples set the resource to the origin; its challenge then names the origin's PRM.
    id: 'fastmcp-healthy',
    title: 'FastMCP server (resource = its origin, as its examples), oidc-provider, current SDK client',
    server: 'fastmcp',
    sdk: CURRENT_SDK,
    as: {},
    mcp: { resourcePath: '' },
    expect: connected(),
  },
  {
    // `authenticate` alone (no `oauth` option, FastMCP's default): a bare Bearer challenge, no PRM anywhere.
    id: 'fastmcp-no-oauth-option',
    title: 'FastMCP with authenticate and no oauth option (its default): 401 without resource_metadata, no PRM',
    server: 'fastmcp',
    sdk: CURRENT_SDK,
    as: {},
    mcp: { resourcePath: '/mcp', oauth: false },
    expect: failed('prm.http-status', 'mcp-server'),
  },
  {
    id: 'fastmcp-resource-is-endpoint',
    title: 'FastMCP with protectedResource.resource = the /mcp URL (the canonical MCP URI); current SDK client',
    server: 'fastmcp',
    sdk: CURRENT_SDK,
    as: {},
    mcp: { resourcePath: '/mcp' },
    expect: connected(),
  },
  {
    id: 'mcp-remote-healthy',
    title: 'mcp-remote 0.15 (its test client), oidc-provider, strict SDK server',
    client: 'mcp-remote',
    as: {},
    mcp: STRICT,
    expect: connected(),
  },
  {
    // Without resource, oidc-provider issues aud = the client id, which the strict server refuses.
    id: 'mcp-remote-disable-resource',
    title: 'mcp-remote with --disable-resource-parameter: aud = client id from oidc-provider; strict server rejects',
    client: 'mcp-remote',
    clientArgs: ['--disable-resource-parameter'],
    as: {},
    mcp: STRICT,
    expect: failed('resource.authorize.missing', 'client', [
      'resource.authorize.missing',
      'aud.equals-client-id',
      'mcp.401.after-token',
    ]),
  },
  {
    // OpenAuth's token endpoint answers { access_token, refresh_token }: RFC 6749 §5.1 requires token_type.
    id: 'openauth-mcp-remote-no-token-type',
    title: 'OpenAuth answers the code exchange without token_type; mcp-remote (static client id) rejects it',
    client: 'mcp-remote',
    clientArgs: STATIC_CLIENT,
    authServer: 'openauth',
    as: {},
    mcp: STRICT,
    expect: failed('token.response.fields', 'authorization-server'),
  },
  {
    // OpenAuth advertises no registration_endpoint; the SDK client has no pre-registered id to fall back on.
    id: 'openauth-sdk-no-registration',
    title: 'OpenAuth has no registration endpoint; the SDK client has no client id to use',
    authServer: 'openauth',
    sdk: CURRENT_SDK,
    as: {},
    mcp: STRICT,
    expect: failed('asmeta.registration.absent', 'authorization-server'),
  },
  {
    // OpenAuth as designed: aud = the app's client id, checked by OpenAuth's own verify on the server.
    id: 'openauth-app-healthy',
    title: "An app signs in with OpenAuth's own client and calls an MCP server that checks tokens with its verify",
    client: 'openauth-app',
    authServer: 'openauth',
    as: {},
    mcp: { strict: true, openAuthClientId: 'lab-openauth-app' },
    expect: connected(),
  },
  {
    id: 'cloudflare-healthy',
    title: '@cloudflare/workers-oauth-provider as AS and MCP server in one Worker, current SDK client',
    server: 'cloudflare',
    sdk: CURRENT_SDK,
    mcp: {},
    expect: connected(),
  },
  {
    // mcp-remote's --resource overrides the resource it sends; with a trailing slash it is not the PRM's
    // resource, and the provider accepts only resources it serves.
    id: 'cloudflare-mcp-remote-resource-slash',
    title: 'mcp-remote --resource <MCP URL>/ against workers-oauth-provider, which refuses the unknown resource',
    server: 'cloudflare',
    client: 'mcp-remote',
    clientArgs: (mcpUrl) => ['--resource', `${mcpUrl}/`],
    mcp: {},
    expect: failed('resource.authorize.mismatch-prm', 'client', ['resource.authorize.mismatch-prm', 'callback.error']),
  },
  {
    // The SDK client registers with token_endpoint_auth_method "none", which this option refuses.
    id: 'cloudflare-no-public-clients',
    title: "workers-oauth-provider with disallowPublicClientRegistration refuses the SDK client's public registration",
    server: 'cloudflare',
    sdk: CURRENT_SDK,
    mcp: { disallowPublicClientRegistration: true },
    expect: failed('dcr.response.status', 'authorization-server', ['dcr.response.status']),
  },
  {
    // Its metadata is on the MCP origin and a request without resource gets the one resource it serves.
    id: 'cloudflare-sdk-old',
    title: 'SDK 1.12.3 (no PRM, no resource) against workers-oauth-provider, which binds the token to its resource',
    server: 'cloudflare',
    sdk: OLD_SDK,
    mcp: {},
    expect: connected(),
  },
]
