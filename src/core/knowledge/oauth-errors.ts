// OAuth error codes and well-known vendor error strings → what they mean for an MCP flow
// (OAuth 2.1 §3.2.4, §4.1.2.1; RFC 8707 §2; clients-and-servers.md §B.4).
import type { Party } from '../types.ts'

export interface ErrorMeaning {
  /** What the code means, with the causes it can have when nothing more specific is known. */
  meaning: string
  /** The meaning alone, for when the peer said which cause it was (its error_description). */
  short?: string
  party: Party
}

export const OAUTH_ERRORS: Record<string, ErrorMeaning> = {
  invalid_target: {
    meaning:
      'the authorization server rejected the requested `resource` (RFC 8707 §2): ' +
      'it is not a resource it knows, or differs from what was granted',
    short: 'the authorization server rejected the requested `resource` (RFC 8707 §2)',
    party: 'authorization-server',
  },
  invalid_grant: {
    meaning:
      'the code or refresh token was rejected: expired or reused, PKCE verifier mismatch, ' +
      'redirect_uri mismatch, or issued to another client',
    short: 'the code or refresh token was rejected',
    party: 'client',
  },
  invalid_client: {
    meaning: 'client authentication failed: unknown client_id, or a different authentication method than registered',
    short: 'client authentication failed',
    party: 'client',
  },
  invalid_scope: { meaning: 'a requested scope is unknown or not allowed for this client', party: 'client' },
  invalid_request: {
    meaning: 'a parameter is missing or malformed (often PKCE missing or an unsupported challenge method)',
    party: 'client',
  },
  unauthorized_client: { meaning: 'this client may not use this grant type', party: 'authorization-server' },
  unsupported_grant_type: { meaning: 'the grant type is not supported', party: 'authorization-server' },
  access_denied: { meaning: 'the user or a policy denied the request', party: 'authorization-server' },
  server_error: { meaning: 'the authorization server failed internally', party: 'authorization-server' },
  temporarily_unavailable: {
    meaning: 'the authorization server is temporarily unavailable',
    party: 'authorization-server',
  },
  invalid_token: {
    meaning: 'the MCP server rejected the access token (expired, wrong audience, wrong issuer, or malformed)',
    short: 'the MCP server rejected the access token',
    party: 'mcp-server',
  },
  insufficient_scope: { meaning: 'the token lacks a scope the operation needs', party: 'client' },
}

/** ` — meaning` of an error code. `said`: the peer's own description (or the report) names the cause,
 * so the list of possible causes would only hedge what is known. */
export function explainError(code: string | null | undefined, said = false): string {
  if (!code) return ''
  const m = OAUTH_ERRORS[code]
  return m ? ` — ${said ? (m.short ?? m.meaning) : m.meaning}` : ''
}
