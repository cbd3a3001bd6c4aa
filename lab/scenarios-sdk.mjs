// Scenarios with oidc-provider, the MCP TypeScript SDK's server and client, and MCP Inspector.
import { connected, CURRENT_SDK, failed, OLD_SDK } from './scenario-expect.mjs'

const STRICT = { strict: true }

export const SDK_SCENARIOS = [
  {
    id: 'sdk-healthy',
    title: 'Current SDK client, strict server, resource honoured',
    sdk: CURRENT_SDK,
    as: {},
    mcp: STRICT,
    expect: connected(),
  },
  {
    id: 'sdk-old-no-resource',
    title: 'SDK 1.12.3 sends no resource to a server that is its own AS; aud = client id; the server rejects it',
    sdk: OLD_SDK,
    embedded: true,
    as: {},
    mcp: STRICT,
    expect: failed('resource.authorize.missing', 'client', [
      'resource.authorize.missing',
      'resource.token.missing',
      'aud.equals-client-id',
      'mcp.401.after-token',
    ]),
  },
  {
    id: 'as-ignores-resource-strict',
    title: 'The AS ignores resource (aud = client id); strict server rejects the token',
    sdk: CURRENT_SDK,
    as: { ignoreResource: true },
    mcp: STRICT,
    expect: failed('aud.equals-client-id', 'authorization-server', ['aud.equals-client-id', 'mcp.401.after-token']),
  },
  {
    // It works: a wrong audience is a warning here, for the server that accepts it and the AS that issued it.
    id: 'as-ignores-resource-lax',
    title: 'The AS ignores resource; a lax server accepts the wrong audience',
    sdk: CURRENT_SDK,
    as: { ignoreResource: true },
    mcp: { strict: false },
    expect: connected(['aud.equals-client-id', 'mcp.server.accepts-wrong-aud']),
  },
  {
    id: 'trailing-slash-audience',
    title: 'The AS adds a trailing slash to aud; strict server rejects',
    sdk: CURRENT_SDK,
    as: { trailingSlashAudience: true },
    mcp: STRICT,
    expect: failed('aud.near-miss', 'authorization-server', ['aud.near-miss', 'mcp.401.after-token']),
  },
  {
    id: 'registration-rejected',
    title: 'The AS rejects dynamic client registration',
    sdk: CURRENT_SDK,
    as: { rejectRegistration: true },
    mcp: STRICT,
    expect: failed('dcr.response.status', 'authorization-server', ['dcr.response.status']),
  },
  {
    id: 'sdk-old-separate-as',
    title: 'SDK 1.12.3 (2025-03-26 discovery) against a server whose AS lives elsewhere',
    sdk: OLD_SDK,
    as: {},
    mcp: STRICT,
    expect: failed('prm.not-requested', 'client', ['prm.not-requested']),
  },
  {
    id: 'inspector-healthy',
    title: 'MCP Inspector web UI, strict server, resource honoured',
    client: 'inspector',
    as: {},
    mcp: STRICT,
    expect: connected(),
  },
  {
    id: 'inspector-as-ignores-resource',
    title: 'MCP Inspector against an AS that ignores resource; strict server rejects',
    client: 'inspector',
    as: { ignoreResource: true },
    mcp: STRICT,
    expect: failed('aud.equals-client-id', 'authorization-server', ['aud.equals-client-id', 'mcp.401.after-token']),
  },
]
