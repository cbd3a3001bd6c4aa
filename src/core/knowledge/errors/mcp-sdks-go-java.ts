// What the Go and Java MCP SDKs print during discovery, registration and requests. Each message was read
// in the SDK's source; the Go client checks PRM, AS metadata and RFC 9207 `iss` strictly, so its errors
// name the failed check directly.
import { family, phrase } from './known-error.ts'

const go = family({ printedBy: 'MCP Go SDK', source: 'modelcontextprotocol/go-sdk auth/authorization_code.go' })
const OAUTHEX = 'modelcontextprotocol/go-sdk oauthex/'
const java = family({
  printedBy: 'MCP Java SDK',
  source: 'modelcontextprotocol/java-sdk mcp-core …/client/transport/HttpClientStreamableHttpTransport.java',
})

export const GO_JAVA_SDK_ERRORS = [
  go({
    id: 'go-sdk-prm-resource',
    pattern: phrase('got metadata resource … want'),
    step: 'prm',
    party: 'mcp-server',
    rules: ['prm.resource.mismatch'],
    source: `${OAUTHEX}resource_meta.go`,
    meaning: 'the PRM `resource` is not the MCP URL the client connected to, so the Go client stops',
    fix: 'Publish PRM with resource equal to the URL clients use (same scheme, host, path; no extra slash).',
  }),
  go({
    id: 'go-sdk-no-as',
    pattern: phrase('protected resource metadata has no authorization servers specified'),
    step: 'prm',
    party: 'mcp-server',
    rules: ['prm.authorization-servers.missing'],
    meaning: 'PRM lists no authorization_servers, so the client has nowhere to sign in',
    fix: 'Add the issuer URL of the authorization server to PRM authorization_servers.',
  }),
  go({
    id: 'go-sdk-issuer-mismatch',
    pattern: phrase('metadata issuer … does not match issuer URL'),
    step: 'as-metadata',
    party: 'authorization-server',
    rules: ['asmeta.issuer.mismatch'],
    source: `${OAUTHEX}auth_meta.go`,
    meaning: 'the AS metadata `issuer` differs from the URL it was fetched for (RFC 8414 §3.3)',
    fix: 'Make the metadata issuer exactly the issuer listed in PRM (trailing slash included).',
  }),
  go({
    id: 'go-sdk-no-pkce',
    pattern: phrase('does not implement PKCE'),
    step: 'as-metadata',
    party: 'authorization-server',
    rules: ['asmeta.pkce.absent'],
    source: `${OAUTHEX}auth_meta.go`,
    meaning: 'the AS metadata has no code_challenge_methods_supported, so the Go client refuses it',
    fix: 'Publish code_challenge_methods_supported: ["S256"] in the AS metadata.',
  }),
  go({
    id: 'go-sdk-no-registration-method',
    step: 'registration',
    party: 'authorization-server',
    pattern: phrase('no configured client registration methods are supported by the authorization server'),
    rules: ['dcr.response.status', 'asmeta.cimd.unadvertised'],
    meaning:
      'the AS offers none of the ways this client can register (no CIMD support, no registration_endpoint, no ' +
      'pre-registered client for this issuer)',
    fix: 'Advertise a registration endpoint or client_id_metadata_document_supported, or configure a client id.',
  }),
  go({
    id: 'go-sdk-registration-failed',
    pattern: phrase('registration failed with status'),
    step: 'registration',
    party: 'authorization-server',
    rules: ['dcr.response.status'],
    source: `${OAUTHEX}dcr.go`,
    meaning: 'the registration endpoint answered an error status; the body after it says why',
    fix: "Read the body: allow the client's redirect URIs and auth method, or pre-register it.",
  }),
  go({
    id: 'go-sdk-iss-missing',
    step: 'callback',
    party: 'authorization-server',
    rules: ['iss.missing-when-advertised'],
    pattern: phrase('advertises RFC 9207 iss parameter support but none was received'),
    meaning: 'the AS metadata says it returns `iss` in the authorization response, and the callback had none',
    fix:
      'Return iss on every authorization response, or stop advertising ' +
      'authorization_response_iss_parameter_supported.',
  }),
  go({
    id: 'go-sdk-no-bearer',
    pattern: /\bno bearer token\b/i,
    step: 'mcp-request',
    party: 'client',
    rules: ['mcp.auth-header.missing'],
    source: 'modelcontextprotocol/go-sdk auth/auth.go (RequireBearerToken)',
    meaning: 'the Go server middleware found no Authorization: Bearer header on the request',
    fix: 'Complete OAuth and send Authorization: Bearer <token>; proxies must not strip the header.',
  }),
  java({
    id: 'java-sdk-auth-send',
    pattern: phrase('Authorization error when sending message'),
    step: 'mcp-request',
    party: 'client',
    rules: ['mcp.401.after-token'],
    meaning: 'the MCP server answered 401 or 403 to a JSON-RPC POST from the Java client',
    fix: "Configure the transport's authorization error handler to run OAuth, or send a valid bearer token.",
  }),
  java({
    id: 'java-sdk-auth-sse',
    pattern: phrase('Authorization error connecting to SSE stream'),
    step: 'mcp-request',
    party: 'client',
    rules: ['mcp.401.after-token'],
    meaning: 'the MCP server answered 401 or 403 when the Java client opened the SSE stream',
    fix: "Authenticate before opening the stream, or handle the error with the transport's authorization hook.",
  }),
]
