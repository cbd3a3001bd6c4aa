// Auth0: errors its /authorize, /oauth/token and registration endpoints return. Auth0 names the API by
// `audience`; the `resource` parameter is honoured only with the Resource Parameter Compatibility
// Profile, which is why "Service not found" and opaque tokens are common MCP symptoms.
import { family, phrase } from './known-error.ts'

const row = family({ printedBy: 'Auth0', source: 'auth0.com/docs/authenticate/protocols/oauth (error responses)' })

export const AUTH0_ERRORS = [
  row({ id: 'auth0-service-not-found', pattern: phrase('Service not found: '), step: 'callback',
    party: 'authorization-server', rules: ['callback.error', 'resource.authorize.mismatch-prm'],
    meaning: 'Auth0 has no API whose identifier equals the requested audience/resource',
    fix: 'Create an Auth0 API whose identifier is exactly the PRM resource (MCP URL), and enable the Resource '
      + 'Parameter Compatibility Profile so `resource` is used as the audience.',
    source: 'auth0/lock #842; auth0.com/docs/get-started/apis' }),
  row({ id: 'auth0-callback-mismatch', pattern: phrase('Callback URL mismatch'), step: 'authorize',
    party: 'authorization-server', rules: ['authorize.redirect-uri.unregistered', 'authorize.as-error-page'],
    meaning: 'the redirect URI is not in the Auth0 application\'s Allowed Callback URLs',
    fix: "Add the client's exact redirect URI to Allowed Callback URLs.",
    source: 'auth0.com/docs/troubleshoot/authentication-issues' }),
  row({ id: 'auth0-unknown-client', pattern: phrase('Unknown client: '), step: 'authorize', party: 'client',
    rules: ['authorize.client-id.unregistered', 'authorize.as-error-page'],
    meaning: 'Auth0 has no application with this client_id (deleted, other tenant, or a stale DCR registration)',
    fix: 'Register again (DCR) or configure the client id of an existing Auth0 application.' }),
  row({ id: 'auth0-verifier', pattern: phrase('Failed to verify code verifier'), step: 'token', party: 'client',
    rules: ['pkce.verifier.mismatch', 'token.response.error'],
    meaning: 'the code_verifier does not hash to the code_challenge of the authorization request',
    fix: 'Send the verifier that belongs to this authorization request.' }),
  row({ id: 'auth0-invalid-code', pattern: phrase('invalid_grant … Invalid authorization code'), step: 'token',
    party: 'client', rules: ['token.response.error'],
    meaning: 'the code is unknown, expired or already used',
    fix: 'Exchange each code once, right after the callback.' }),
  row({ id: 'auth0-refresh-invalid', pattern: phrase('Unknown or invalid refresh token'), step: 'refresh',
    party: 'client', rules: ['refresh.response.error', 'refresh.stale-token-reuse'],
    meaning: 'the refresh token is unknown, revoked, or was already rotated',
    fix: 'Use the newest refresh token (rotation) and avoid concurrent refreshes; else sign in again.' }),
  row({ id: 'auth0-grant-not-allowed', pattern: phrase("Grant type '…' not allowed for the client"),
    party: 'authorization-server', rules: ['token.response.error', 'dcr.grant-types'],
    meaning: 'the Auth0 application does not have this grant type enabled (often refresh_token)',
    fix: 'Enable the grant type on the application (Advanced settings → Grant Types).' }),
  row({ id: 'auth0-client-not-authorized', pattern: phrase('is not authorized to access resource server'),
    party: 'authorization-server', rules: ['token.response.error', 'callback.error'],
    meaning: 'the application is not allowed to get tokens for this API (no client grant / third-party app not '
      + 'permitted)',
    fix: 'Authorize the application for the API, or allow third-party (DCR) applications to use it.' }),
]
