// Test texts for the MCP SDK, client and generic rows, written by the team.
export const TOOL_CASES: Record<string, string> = {
  'sdk-resource-mismatch':
    'Protected resource https://fernhill.dev/ does not match expected https://fernhill.dev/mcp ' + '(or origin)',
  'no-dcr': 'Incompatible auth server: does not support dynamic client registration',
  'sdk-no-s256': 'Incompatible auth server: does not support code challenge method S256',
  'sdk-no-code-response': 'Incompatible auth server: does not support response type code',
  'sdk-token-exchange-failed': 'Authorization error: Token exchange failed: HTTP 400',
  'sdk-dcr-failed-http': '[error] Client error for command Dynamic client registration failed: HTTP 401',
  'sdk-refresh-failed-http': 'refresh attempt threw Error: Token refresh failed: HTTP 400',
  'sdk-prm-http': 'Error: HTTP 404 trying to load well-known OAuth protected resource metadata.',
  'sdk-asmeta-http': 'Error: HTTP 500 trying to load well-known OAuth metadata',
  'sdk-post-401': 'Streamable HTTP error: Error POSTing to endpoint (HTTP 401): ',
  'sdk-sse-401': 'MCP server quarry failed to connect: SSE error: Non-200 status code (401)',
  'sdk-invalid-client-metadata': 'Fatal: InvalidClientMetadataError: redirect_uris not allowed',
  'sdk-unregistered-redirect': '{"error":"invalid_request","error_description":"Unregistered redirect_uri"}',
  'inspector-no-prm': 'Resource server does not implement OAuth 2.0 Protected Resource Metadata.',
  'mcp-remote-lock': '[4242] Another instance is handling authentication on port 3334',
  'csharp-no-resource-metadata':
    'McpException: The WWW-Authenticate header does not contain a resource_metadata ' + 'parameter',
  'csharp-resource-mismatch':
    'Resource URI in metadata (https://fernhill.dev/) does not match the expected URI ' + '(https://fernhill.dev/mcp)',
  'fastmcp-redirect-not-registered':
    "Redirect URI 'https://chatgpt.com/connector_platform_oauth_redirect' not" + ' registered ' + 'for client',
  'fastmcp-cimd-redirect': "Redirect URI 'http://localhost:51515/callback' does not match CIMD redirect_uris.",
  'python-sdk-auth-required': '{"error": "invalid_token", "error_description": "Authentication required"}',
  'python-sdk-insufficient-scope':
    '403 WWW-Authenticate: Bearer error="insufficient_scope",' + ' error_description="Required scope: notes:write"',
  'python-sdk-token-exchange': 'OAuthTokenError: Token exchange failed (400): {"error":"invalid_grant"}',
  'python-sdk-registration-failed': 'mcp.client.auth.OAuthRegistrationError: Registration failed: 403 Forbidden',
  'python-sdk-state-mismatch': 'OAuthFlowError: State parameter mismatch: abc123 != def456',
  'go-sdk-prm-resource': 'auth: got metadata resource "https://fernhill.dev/", want "https://fernhill.dev/mcp"',
  'go-sdk-no-as': 'connect failed: protected resource metadata has no authorization servers specified',
  'go-sdk-issuer-mismatch':
    'failed to get authorization server metadata: metadata issuer "https://auth.fernhill.dev"' +
    ' does not match issuer URL "https://auth.fernhill.dev/"',
  'go-sdk-no-pkce': 'authorization server at https://auth.fernhill.dev does not implement PKCE',
  'go-sdk-no-registration-method':
    'no configured client registration methods are supported by the authorization' + ' server',
  'go-sdk-registration-failed': 'failed to register client: registration failed with status 403 Forbidden: {}',
  'go-sdk-iss-missing':
    'authorization server advertises RFC 9207 iss parameter support but none was received in' +
    ' the authorization response',
  'go-sdk-no-bearer': 'curl -i https://fernhill.dev/mcp -> HTTP/1.1 401 Unauthorized, body: no bearer token',
  'java-sdk-auth-send': 'McpHttpClientTransportAuthorizationException: Authorization error when sending message',
  'java-sdk-auth-sse': 'McpHttpClientTransportAuthorizationException: Authorization error connecting to SSE stream',
  'claude-ofid': 'Claude says to share this reference with support: "ofid_0a1b2c3d4e5f6789"',
  'claude-auth-failed': 'Authorization with the MCP server failed. You can check your credentials and permissions.',
  'claude-couldnt-reach': "Couldn't reach the MCP server. Check the server URL.",
  'claude-couldnt-register': "Couldn't register with the sign-in service of Quarry. Retry or add a client ID.",
  'claude-failed-start': 'Failed to start MCP authorization',
  'claude-no-server-found': 'no MCP server was found at the provided URL, or your account lacks access',
  'claude-client-invalid': 'connector status: mcp_client_invalid',
  'chatgpt-not-safe': 'HTTP 400 {"detail":"Connector is not safe"}',
  'vscode-no-dcr':
    "The authorization server 'https://auth.fernhill.dev/' does not support automatic client " +
    'registration. Provide a client ID?',
  'vscode-dcr-failed': 'Error: Dynamic registration failed: Registration to https://auth.fernhill.dev/reg failed.',
  'vscode-no-client-id':
    '[warning] Error getting token from server metadata: Error: User did not provide client ' + 'details',
  'vscode-auth-metadata': '[warning] Error populating auth server metadata for https://auth.fernhill.dev: fetch failed',
  'gemini-discovery-failed':
    "Failed to authenticate with MCP server 'quarry': Failed to discover OAuth configuration " + 'from MCP server',
  'gemini-asmeta-registration':
    'Failed to fetch authorization server metadata for client registration (attempted ' +
    'issuers: https://auth.fernhill.dev)',
  'gemini-401-no-oauth': "401 error received for SSE server 'quarry' without OAuth configuration.",
  'copilot-dcr': 'GetDynamicClientRegistrationResultAsync failed. Status Code: BadRequest',
  'codex-token-exchange':
    'Error: failed to handle OAuth callback. Caused by: OAuth token exchange failed: Server' +
    ' returned error response: Required argument is missing',
  'cursor-auth-needed': '[warning] Auth-related error connecting to streamableHttp server, returning transport',
  'cursor-sse-fallback': '[error] Error connecting to streamableHttp server, falling back to SSE: fetch failed',
  'codex-rmcp-deserialize': 'Deserialize error: data did not match any variant of untagged enum JsonRpcMessage',
  'resource-unknown': '{"error":"invalid_target","error_description":"resource indicator is missing, or unknown"}',
  'invalid-target': 'token endpoint answered invalid_target',
  'multiple-auth-methods': 'invalid_request: Client must not use multiple authentication methods',
  'gateway-audience': '403 Forbidden: Audiences in Jwt are not allowed',
  'redirect-scheme': 'Redirect URIs must be localhost or HTTPS',
  'dcr-invalid-redirect-text': 'Client registration request includes an invalid redirect_uri',
  'redirect-allowed-patterns': "Redirect URI 'https://chat.fernhill.dev/cb' does not match allowed patterns.",
  'invalid-redirect-uri': 'error=invalid_redirect_uri host not whitelisted',
  'missing-auth-header': '401 Unauthorized: {"error":"Missing or invalid authorization header"}',
  'audience-mismatch': 'Bearer token rejected: audience mismatch',
}
