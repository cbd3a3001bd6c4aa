// The findings a wrong, missing or mismatched `resource` leads to further down the flow: the AS issues a
// token whose `aud` is not the MCP server (RFC 8707 §2, RFC 9068 §3), so the MCP server answers 401 to it
// (MCP authorization, Token Handling). Rules about `resource` list these in `explains`.
export const WRONG_AUDIENCE_FINDINGS = [
  'aud.equals-client-id',
  'aud.near-miss',
  'aud.mismatch',
  'aud.missing',
  'mcp.401.after-token',
] as const
