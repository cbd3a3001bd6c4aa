// Error strings users see in pages, error descriptions, logs and forum posts, mapped to what they
// mean for an MCP OAuth flow, the rule IDs they bear on and the fix (clients-and-servers.md §B.3,
// §B.4). Each row names where it was reported. Patterns tolerate forum mangling (lost underscores).
import type { Fix, Party } from '../types.ts'

export interface KnownError {
  id: string
  pattern: RegExp
  meaning: string
  party: Party
  /** Catalog rule IDs this error is evidence for; the first is the one a finding is filed under. */
  rules: string[]
  fix: Fix
  source: string
}

export const KNOWN_ERRORS: readonly KnownError[] = [
  { id: 'entra-resource-scope', pattern: /AADSTS9010010/, meaning: "Entra ID rejects a `resource` that does not match the requested scopes", party: 'client', rules: ['callback.error', 'resource.authorize.mismatch-prm'], fix: { party: 'mcp-server', text: 'Set the Entra App ID URI to the canonical MCP URL and use fully-qualified scopes (api://…/scope); or have the client omit resource for Entra.' }, source: 'microsoft/azure-devops-mcp #1348; anthropics/claude-code #73460' },
  { id: 'entra-scope-missing', pattern: /AADSTS900144/, meaning: 'Entra ID needs a `scope` and the client sent none', party: 'client', rules: ['callback.error'], fix: { party: 'mcp-server', text: 'Add scope="api://…/…" to the WWW-Authenticate challenge (and PRM scopes_supported) so clients request it.' }, source: 'CyberDrain/CIPP #278; github/copilot-cli #4582' },
  { id: 'entra-resource-unsupported', pattern: /AADSTS901002/, meaning: "Entra ID v2 does not accept the `resource` parameter (often forwarded by a federating AS such as Auth0)", party: 'authorization-server', rules: ['callback.error'], fix: { party: 'authorization-server', text: 'Do not forward resource to Entra v2 (Auth0: enable the Resource Parameter Compatibility Profile).' }, source: 'modelcontextprotocol/inspector #737' },
  { id: 'entra-graph-fallback', pattern: /AADSTS650053/, meaning: 'an unqualified scope fell back to Microsoft Graph', party: 'client', rules: ['callback.error'], fix: { party: 'mcp-server', text: 'Advertise fully-qualified scopes (api://<app>/<scope>) in the challenge and PRM.' }, source: 'anthropics/claude-code #73460' },
  { id: 'entra-redirect', pattern: /AADSTS50011/, meaning: 'the redirect URI is not registered on the Entra app registration', party: 'authorization-server', rules: ['authorize.redirect-uri.unregistered'], fix: { party: 'authorization-server', text: "Add the client's redirect URI to the Entra app registration." }, source: 'clients-and-servers.md §B.4' },
  { id: 'entra-self-token', pattern: /AADSTS90009/, meaning: 'the application requested a token for itself; the refresh or resource configuration is wrong', party: 'client', rules: ['refresh.response.error'], fix: { party: 'client', text: 'Request the resource app (its App ID URI or scope), not the client itself.' }, source: 'CyberDrain/CIPP #537' },
  { id: 'idx-audience', pattern: /IDX10214/, meaning: "the MCP server's token validation rejected the audience", party: 'mcp-server', rules: ['aud.mismatch', 'mcp.401.after-token'], fix: { party: 'mcp-server', text: 'Accept the audience your authorization server issues for this resource (Entra v2: the app GUID).' }, source: 'microsoft/mcp #1462' },
  { id: 'copilot-dcr', pattern: /GetDynamicClientRegistrationResultAsync\s*failed/i, meaning: "Copilot Studio's dynamic client registration failed at the authorization server", party: 'authorization-server', rules: ['dcr.response.status'], fix: { party: 'authorization-server', text: 'Accept registrations with redirect URIs under https://global.consent.azure-apim.net/redirect/, or use Copilot Studio "Manual" OAuth with a pre-registered client.' }, source: 'Teamwork/mcp #67; tableau/tableau-mcp #772' },
  { id: 'resource-unknown', pattern: /resource indicator is missing,? or unknown/i, meaning: 'the authorization server needs a `resource` it knows (RFC 8707 invalid_target)', party: 'client', rules: ['resource.token.missing', 'token.response.error'], fix: { party: 'client', text: 'Send resource=<PRM resource> in authorize, token and refresh requests.' }, source: 'can1357/oh-my-pi #10299' },
  { id: 'invalid-target', pattern: /invalid[_ ]?target/i, meaning: 'the authorization server rejected the requested `resource` (RFC 8707 §2)', party: 'authorization-server', rules: ['token.response.error', 'callback.error'], fix: { party: 'authorization-server', text: 'Register the MCP server URL as a resource (API / resource indicator) and have clients send it unchanged.' }, source: 'RFC 8707 §2; BerriAI/litellm #34265' },
  { id: 'multiple-auth-methods', pattern: /Client must not use multiple authentication methods/i, meaning: 'the client sent Basic auth and a body client_id together', party: 'client', rules: ['token.response.error'], fix: { party: 'client', text: 'Register as a public client (token_endpoint_auth_method none) and authenticate one way only.' }, source: 'onyx-dot-app/onyx #12874' },
  { id: 'gateway-audience', pattern: /Audiences in Jwt are not allowed/i, meaning: "the gateway's static audience list does not include the token's aud", party: 'mcp-server', rules: ['aud.mismatch', 'mcp.401.after-token'], fix: { party: 'mcp-server', text: 'Validate aud against the resource the tokens are issued for, not a fixed list of client ids.' }, source: 'envoyproxy/ai-gateway #2048' },
  { id: 'redirect-scheme', pattern: /Redirect URIs? must (?:be localhost or HTTPS|use HTTPS)/i, meaning: 'the authorization server rejects the registered redirect URI scheme (loopback http or a custom scheme)', party: 'authorization-server', rules: ['dcr.response.status'], fix: { party: 'authorization-server', text: 'Accept loopback http redirect URIs on any port (RFC 8252) and the client\'s registered custom scheme.' }, source: 'TanStack/tanstack.com #652; contextstream/mcp-server #57' },
  { id: 'invalid-redirect-uri', pattern: /invalid[_ ]?redirect[_ ]?uri/i, meaning: 'the redirect URI is not registered or not allowed', party: 'authorization-server', rules: ['authorize.redirect-uri.unregistered', 'dcr.response.status'], fix: { party: 'authorization-server', text: "Allow the client's redirect URI (Copilot Studio: https://global.consent.azure-apim.net/redirect/*)." }, source: 'tableau/tableau-mcp #866' },
  { id: 'audience-mismatch', pattern: /audience (?:mismatch|validation failed|invalid)/i, meaning: "the MCP server rejected the token's aud", party: 'mcp-server', rules: ['mcp.401.after-token', 'aud.mismatch'], fix: { party: 'mcp-server', text: 'Compare the token aud with the resource in the audience panel; fix whichever side differs.' }, source: 'Power Platform Community thread (Copilot Studio dynamic discovery)' },
  { id: 'claude-ofid', pattern: /\bofid_[0-9a-f]{6,}/i, meaning: 'a claude.ai connector error reference: most often the token was presented and rejected because aud and resource disagree', party: 'mcp-server', rules: ['mcp.401.after-token'], fix: { party: 'mcp-server', text: 'Check the MCP server log for the request carrying this reference; make PRM resource, the AS audience and the server check the same string.' }, source: 'anthropics/claude-ai-mcp #299' },
  { id: 'no-dcr', pattern: /(?:does not support dynamic client registration|Automatic client registration isn'?t supported|Dynamic Client Registration not supported)/i, meaning: 'the authorization server offers no dynamic client registration', party: 'authorization-server', rules: ['dcr.response.status'], fix: { party: 'authorization-server', text: 'Offer DCR or Client ID Metadata Documents, or pre-register the client and configure it manually.' }, source: 'punkpeye/mcp-remote #53; github/github-mcp-server #1404' },
]

/** The first known error named in a text, as a clause for a finding message (empty when none). */
export function explainKnownError(text: string | null | undefined): string {
  if (!text) return ''
  const hit = KNOWN_ERRORS.find((k) => k.pattern.test(text))
  return hit ? ` Known error: ${hit.meaning}.` : ''
}
