// The lab's scenarios: which real software runs, how it is configured, and the verdict a support
// engineer expects — written from the configuration, never copied from the analyzer's output.
export const CURRENT_SDK = '@modelcontextprotocol/sdk'
export const OLD_SDK = 'sdk-old' // @modelcontextprotocol/sdk 1.12.3, before RFC 8707 support

export const SCENARIOS = [
  { id: 'sdk-healthy', title: 'Current SDK client, strict server, resource honoured', sdk: CURRENT_SDK, as: {}, mcp: { strict: true }, expect: { rootCause: null, noErrors: true } },
  { id: 'sdk-old-no-resource', title: 'SDK 1.12.3 sends no resource to a server that is its own AS; aud = client id; the server rejects it', sdk: OLD_SDK, embedded: true, as: {}, mcp: { strict: true }, expect: { rootCause: 'resource.authorize.missing', party: 'client', fails: ['resource.authorize.missing', 'resource.token.missing', 'aud.equals-client-id', 'mcp.401.after-token'] } },
  { id: 'as-ignores-resource-strict', title: 'The AS ignores resource (aud = client id); strict server rejects the token', sdk: CURRENT_SDK, as: { ignoreResource: true }, mcp: { strict: true }, expect: { rootCause: 'aud.equals-client-id', party: 'authorization-server', fails: ['aud.equals-client-id', 'mcp.401.after-token'] } },
  { id: 'as-ignores-resource-lax', title: 'The AS ignores resource; a lax server accepts the wrong audience', sdk: CURRENT_SDK, as: { ignoreResource: true }, mcp: { strict: false }, expect: { rootCause: 'aud.equals-client-id', party: 'authorization-server', fails: ['aud.equals-client-id', 'mcp.server.accepts-wrong-aud'] } },
  { id: 'trailing-slash-audience', title: 'The AS adds a trailing slash to aud; strict server rejects', sdk: CURRENT_SDK, as: { trailingSlashAudience: true }, mcp: { strict: true }, expect: { rootCause: 'aud.near-miss', fails: ['aud.near-miss', 'mcp.401.after-token'] } },
  { id: 'registration-rejected', title: 'The AS rejects dynamic client registration', sdk: CURRENT_SDK, as: { rejectRegistration: true }, mcp: { strict: true }, expect: { rootCause: 'dcr.response.status', party: 'authorization-server', fails: ['dcr.response.status'] } },
  { id: 'sdk-old-separate-as', title: 'SDK 1.12.3 (2025-03-26 discovery) against a server whose AS lives elsewhere', sdk: OLD_SDK, as: {}, mcp: { strict: true }, expect: { rootCause: 'prm.not-requested', party: 'client', fails: ['prm.not-requested'] } },
  { id: 'inspector-healthy', title: 'MCP Inspector web UI, strict server, resource honoured', client: 'inspector', as: {}, mcp: { strict: true }, expect: { rootCause: null, noErrors: true } },
  { id: 'inspector-as-ignores-resource', title: 'MCP Inspector against an AS that ignores resource; strict server rejects', client: 'inspector', as: { ignoreResource: true }, mcp: { strict: true }, expect: { rootCause: 'aud.equals-client-id', party: 'authorization-server', fails: ['aud.equals-client-id', 'mcp.401.after-token'] } },
]
