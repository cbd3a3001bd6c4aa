// Error strings users see in pages, error descriptions and logs, and what they mean for an MCP
// OAuth flow (clients-and-servers.md §B.3, §B.4). Each row names where it was reported.
import type { Party } from '../types.ts'

export interface KnownError {
  pattern: RegExp
  meaning: string
  party: Party
  source: string
}

export const KNOWN_ERRORS: readonly KnownError[] = [
  { pattern: /AADSTS9010010/, meaning: "Entra ID rejects a `resource` that does not match the requested scopes: use the App ID URI as resource, or omit resource and send fully-qualified scopes", party: 'client', source: 'microsoft/azure-devops-mcp #1348; anthropics/claude-code #73460' },
  { pattern: /AADSTS900144/, meaning: 'Entra ID needs a `scope`: the client sent none (add scope= to the 401 challenge, or configure the client)', party: 'client', source: 'CyberDrain/CIPP #278; github/copilot-cli #4582' },
  { pattern: /AADSTS901002/, meaning: "Entra ID v2 does not accept the `resource` parameter (often forwarded by a federating AS such as Auth0)", party: 'authorization-server', source: 'modelcontextprotocol/inspector #737' },
  { pattern: /AADSTS650053/, meaning: 'an unqualified scope fell back to Microsoft Graph: use fully-qualified scopes (api://…/scope)', party: 'client', source: 'anthropics/claude-code #73460' },
  { pattern: /AADSTS50011/, meaning: 'the redirect URI is not registered on the Entra app registration', party: 'authorization-server', source: 'clients-and-servers.md §B.4' },
  { pattern: /AADSTS90009/, meaning: 'the application requested a token for itself; the refresh or resource configuration is wrong', party: 'client', source: 'CyberDrain/CIPP #537' },
  { pattern: /IDX10214/, meaning: "the MCP server's token validation rejected the audience", party: 'mcp-server', source: 'microsoft/mcp #1462' },
  { pattern: /GetDynamicClientRegistrationResultAsync failed/, meaning: "Copilot Studio's dynamic client registration failed at the authorization server", party: 'authorization-server', source: 'Teamwork/mcp #67; tableau/tableau-mcp #772' },
  { pattern: /resource indicator is missing, or unknown/i, meaning: 'the authorization server needs a `resource` it knows (RFC 8707 invalid_target)', party: 'client', source: 'can1357/oh-my-pi #10299' },
  { pattern: /Client must not use multiple authentication methods/i, meaning: 'the client sent Basic auth and a body client_id together', party: 'client', source: 'onyx-dot-app/onyx #12874' },
  { pattern: /Audiences in Jwt are not allowed/i, meaning: "the gateway's static audience list does not include the token's aud", party: 'mcp-server', source: 'envoyproxy/ai-gateway #2048' },
  { pattern: /Redirect URIs? must (be localhost or HTTPS|use HTTPS)/i, meaning: 'the authorization server rejects the registered redirect URI scheme (loopback http or a custom scheme)', party: 'authorization-server', source: 'TanStack/tanstack.com #652; contextstream/mcp-server #57' },
  { pattern: /invalid[ _]redirect[ _]uri/i, meaning: 'the redirect URI is not registered or not allowed', party: 'authorization-server', source: 'tableau/tableau-mcp #866' },
  { pattern: /audience mismatch/i, meaning: "the MCP server rejected the token's aud", party: 'mcp-server', source: 'Power Platform Community thread (Copilot Studio dynamic discovery)' },
  { pattern: /\bofid_[0-9a-f]+/i, meaning: 'a claude.ai connector error reference: most often the token was presented and rejected (aud/resource disagree)', party: 'mcp-server', source: 'anthropics/claude-ai-mcp #299' },
]

/** The first known error named in a text, as a clause for a finding message (empty when none). */
export function explainKnownError(text: string | null | undefined): string {
  if (!text) return ''
  const hit = KNOWN_ERRORS.find((k) => k.pattern.test(text))
  return hit ? ` Known error: ${hit.meaning}.` : ''
}
