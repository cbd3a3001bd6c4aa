// Clients' own error texts: Claude (claude.ai, Desktop, Code), ChatGPT, VS Code, Copilot Studio, Gemini
// CLI and Codex. These wrap the real failure, so each row says what usually lies behind the wording.
import { family, phrase } from './known-error.ts'

const claude = family({ printedBy: 'Claude (claude.ai, Desktop)', source: 'anthropics/claude-ai-mcp' })
const vscode = family({ printedBy: 'VS Code', source: 'microsoft/vscode' })
const gemini = family({ printedBy: 'Gemini CLI', source: 'google-gemini/gemini-cli' })
const other = family({ printedBy: 'MCP client', source: '' })

export const CLIENT_ERRORS = [
  claude({
    id: 'claude-ofid',
    pattern: /\bofid_[0-9a-f]{6,}/i,
    party: 'mcp-server',
    rules: ['mcp.401.after-token'],
    meaning:
      'a claude.ai connector error reference: most often the token was presented and rejected because aud and ' +
      'resource disagree',
    fix:
      'Check the MCP server log for the request carrying this reference; make PRM resource, the AS audience and ' +
      'the server check the same string.',
    source: 'anthropics/claude-ai-mcp #299',
  }),
  claude({
    id: 'claude-auth-failed',
    pattern: phrase('Authorization with the MCP server failed'),
    party: 'mcp-server',
    rules: ['mcp.401.after-token', 'token.response.error'],
    meaning:
      "Claude's catch-all when the flow ends without a usable token: registration, token exchange or the " +
      'first authenticated request failed',
    fix: 'Check, in order: AS metadata, registration, the token response (JSON), then the 401 to the first request.',
    source: 'anthropics/claude-ai-mcp #134, #325',
  }),
  claude({
    id: 'claude-couldnt-reach',
    pattern: phrase("Couldn't reach the MCP server"),
    party: 'authorization-server',
    rules: ['dcr.response.status'],
    meaning:
      'despite the wording, often the server was reached but no client could be registered (DCR refused ' +
      "claude.ai's redirect URI, or no registration_endpoint)",
    fix: 'Allow https://claude.ai/api/mcp/auth_callback in DCR, offer a registration endpoint, or set a client id.',
    source: 'anthropics/claude-ai-mcp #158, #350',
  }),
  claude({
    id: 'claude-couldnt-register',
    pattern: phrase("Couldn't register with the sign-in service"),
    step: 'registration',
    party: 'authorization-server',
    rules: ['dcr.response.status'],
    meaning: 'dynamic client registration at the AS failed',
    fix: "Make the registration endpoint accept Claude's registration, or add an OAuth client id in the connector.",
    source: 'anthropics/claude-ai-mcp #560',
  }),
  claude({
    id: 'claude-failed-start',
    pattern: phrase('Failed to start MCP authorization'),
    party: 'authorization-server',
    rules: ['asmeta.http-status', 'dcr.response.status'],
    meaning: 'Claude could not build an authorization request: discovery or registration failed first',
    fix: 'Check PRM and AS metadata (200 JSON) and the registration endpoint.',
    source: 'anthropics/claude-ai-mcp #724',
  }),
  claude({
    id: 'claude-no-server-found',
    pattern: phrase('no MCP server was found at the provided URL'),
    step: 'mcp-request',
    party: 'mcp-server',
    rules: ['mcp.401.after-token'],
    meaning: 'after authorization the MCP request failed (wrong path, 404, or the token was not accepted)',
    fix: 'Check that the connector URL is the MCP endpoint and that it accepts the issued token.',
    source: 'anthropics/claude-ai-mcp #930',
  }),
  claude({
    id: 'claude-client-invalid',
    pattern: /\bmcp(?:\\?_|\s)?client(?:\\?_|\s)?invalid\b/i,
    party: 'client',
    rules: ['authorize.client-id.unregistered'],
    meaning: "Claude's stored client registration is not accepted by the AS any more",
    fix: 'Remove and re-add the connector so Claude registers again.',
    source: 'anthropics/claude-ai-mcp #798',
  }),
  other({
    id: 'chatgpt-not-safe',
    pattern: phrase('Connector is not safe'),
    party: 'mcp-server',
    printedBy: 'ChatGPT',
    rules: ['mcp.token-in-query'],
    meaning: 'ChatGPT refused to create the connector; a URL carrying a key in its query is a known trigger',
    fix: "Use OAuth or a header instead of secrets in the URL, and check the server's tool metadata.",
    source: 'exa-labs/exa-mcp-server #61; jina-ai/MCP #7',
  }),
  vscode({
    id: 'vscode-no-dcr',
    pattern: phrase('does not support automatic client registration'),
    step: 'registration',
    party: 'authorization-server',
    rules: ['dcr.response.status', 'asmeta.cimd.unadvertised'],
    meaning: 'VS Code found neither a registration endpoint nor CIMD support it could use, and asks for a client id',
    fix:
      "Offer DCR or advertise client_id_metadata_document_supported; or register VS Code's redirect URIs " +
      '(http://127.0.0.1:33418, https://vscode.dev/redirect) and enter the client id.',
    source: 'microsoft/vscode #282472; github/github-mcp-server #1404',
  }),
  vscode({
    id: 'vscode-dcr-failed',
    pattern: phrase('Dynamic registration failed: Registration to'),
    step: 'registration',
    party: 'authorization-server',
    rules: ['dcr.response.status'],
    meaning: 'the registration request was refused or the endpoint failed',
    fix: 'Read the registration response.',
    source: 'microsoft/vscode #257415',
  }),
  vscode({
    id: 'vscode-no-client-id',
    pattern: phrase('User did not provide client'),
    step: 'registration',
    party: 'client',
    rules: ['dcr.response.status'],
    meaning: "the user dismissed VS Code's prompt for a client id after registration was impossible",
    fix: 'Register an OAuth app at the AS and enter its client id, or enable DCR.',
    source: 'github/github-mcp-server #1404',
  }),
  vscode({
    id: 'vscode-auth-metadata',
    pattern: phrase('Error populating auth server metadata for'),
    step: 'as-metadata',
    party: 'authorization-server',
    rules: ['asmeta.http-status'],
    meaning: 'VS Code could not fetch the AS metadata and fell back to default endpoints',
    fix: 'Serve RFC 8414 or OIDC metadata for the issuer listed in PRM.',
    source: 'github/github-mcp-server #1404',
  }),
  gemini({
    id: 'gemini-discovery-failed',
    pattern: phrase('Failed to discover OAuth configuration from MCP server'),
    step: 'prm',
    party: 'mcp-server',
    rules: ['prm.http-status', 'asmeta.http-status'],
    meaning: 'Gemini CLI found no usable PRM or AS metadata from the server URL (or the network blocked it)',
    fix: 'Serve PRM and AS metadata as 200 JSON; check proxies/VPN.',
    source: 'google-gemini/gemini-cli #5011, #19068; miroapp/miro-ai #29',
  }),
  gemini({
    id: 'gemini-asmeta-registration',
    step: 'as-metadata',
    party: 'authorization-server',
    pattern: phrase('Failed to fetch authorization server metadata for client registration'),
    rules: ['asmeta.http-status'],
    meaning: 'none of the issuers tried serves AS metadata, so registration is' + ' impossible',
    fix: "Serve metadata at the issuer's well-known URL, or configure a client id.",
    source: 'google-gemini/gemini-cli #13643',
  }),
  gemini({
    id: 'gemini-401-no-oauth',
    pattern: phrase('401 error received for … without OAuth configuration'),
    party: 'client',
    rules: ['prm.not-requested', 'discovery.resource-metadata.missing'],
    meaning: 'the server answered 401 and Gemini CLI did not start OAuth on its own',
    fix: 'Run /mcp auth <server>, or make the 401 carry resource_metadata so discovery can start.',
    source: 'google-gemini/gemini-cli #5011',
  }),
  other({
    id: 'copilot-dcr',
    pattern: /GetDynamicClientRegistrationResultAsync\s*failed/i,
    step: 'registration',
    party: 'authorization-server',
    printedBy: 'Copilot Studio',
    rules: ['dcr.response.status'],
    meaning: "Copilot Studio's dynamic client registration failed at the authorization server",
    fix:
      'Accept registrations with redirect URIs under https://global.consent.azure-apim.net/redirect/, or use ' +
      'Copilot Studio "Manual" OAuth with a pre-registered client.',
    source: 'Teamwork/mcp #67; tableau/tableau-mcp #772',
  }),
  other({
    id: 'codex-rmcp-deserialize',
    printedBy: 'Codex CLI (rmcp)',
    step: 'mcp-request',
    party: 'mcp-server',
    pattern: phrase('data did not match any variant of untagged enum JsonRpcMessage'),
    rules: ['mcp.401.after-token', 'mcp.response.content-type'],
    meaning:
      'the server answered with a non-JSON-RPC body (often an OAuth error with status 500 for a stale token) ' +
      'instead of a 401 challenge',
    fix: 'Answer invalid or expired tokens with 401 and a Bearer challenge.',
    source: 'garrytan/gbrain #1012',
  }),
  other({
    id: 'codex-token-exchange',
    printedBy: 'Codex CLI (rmcp)',
    step: 'token',
    party: 'authorization-server',
    pattern: phrase('OAuth token exchange failed: Server returned error response'),
    rules: ['token.response.error', 'token.client-auth.mismatch'],
    source: 'openai/codex #5045',
    meaning:
      "the token endpoint refused Codex's code exchange; the words after the colon are the AS's reason (a " +
      'missing argument often means the AS wanted client authentication the public client did not send)',
    fix: 'Accept token_endpoint_auth_method none with PKCE for public clients, or register the method Codex uses.',
  }),
  other({
    id: 'cursor-auth-needed',
    printedBy: 'Cursor',
    party: 'client',
    rules: ['flow.token-request.absent'],
    pattern: phrase('Auth-related error connecting to streamableHttp server'),
    meaning: 'the MCP server answered 401 and Cursor parked it as "needs login"; no token was requested yet',
    fix: "Click the server's login in Cursor's MCP settings; if nothing opens, check PRM and AS metadata.",
    source: 'atlassian/atlassian-mcp-server #137',
  }),
  other({
    id: 'cursor-sse-fallback',
    printedBy: 'Cursor',
    party: 'client',
    rules: ['mcp.401.after-token'],
    pattern: phrase('Error connecting to streamableHttp server, falling back to SSE'),
    meaning:
      "Cursor's Streamable HTTP connection failed and it retried as legacy SSE; the text after the colon is " +
      'the real cause (often an OAuth step such as registration)',
    fix: 'Fix the cause printed after the colon; the SSE fallback usually fails the same way.',
    source: 'obot-platform/obot #3406',
  }),
]
