// Auth0: errors its /authorize, /oauth/token and registration endpoints return. Auth0 names the API by
// `audience`; the `resource` parameter is honoured only with the Resource Parameter Compatibility
// Profile, which is why "Service not found" and opaque tokens are common MCP symptoms.
import { anyPhrase, family, phrase } from './known-error.ts'

// Each row names where the wording was read as Auth0 printed it (an issue, a community thread, a recorded test).
const row = family({ printedBy: 'Auth0', source: '' })

export const AUTH0_ERRORS = [
  row({
    id: 'auth0-service-not-found',
    pattern: phrase('Service not found: '),
    step: 'callback',
    party: 'authorization-server',
    rules: ['callback.error', 'resource.authorize.mismatch-prm'],
    meaning: 'Auth0 has no API whose identifier equals the requested audience/resource',
    fix:
      'Create an Auth0 API whose identifier is exactly the PRM resource (MCP URL), and enable the Resource ' +
      'Parameter Compatibility Profile so `resource` is used as the audience.',
    source: 'auth0/lock #842; aws-samples/ask-around-me #2; Moesif/moesif-developer-portal #43',
  }),
  row({
    id: 'auth0-callback-mismatch',
    step: 'authorize',
    party: 'authorization-server',
    pattern: anyPhrase('Callback URL mismatch', 'is not in the list of allowed callback URLs'),
    rules: ['authorize.redirect-uri.unregistered', 'authorize.as-error-page'],
    meaning: "the redirect URI is not in the Auth0 application's Allowed Callback URLs",
    fix: "Add the client's exact redirect URI (case, port and path included) to Allowed Callback URLs.",
    source: 'auth0-samples/auth0-nodejs-webapp-sample #80; lobehub/lobehub #4258; auth0/Auth0.swift #182',
  }),
  row({
    id: 'auth0-unknown-client',
    pattern: phrase('Unknown client: '),
    step: 'authorize',
    party: 'client',
    rules: ['authorize.client-id.unregistered', 'authorize.as-error-page'],
    meaning:
      'Auth0 has no application with this client_id: a typo, another tenant, a stale DCR registration, or a ' +
      'Client ID Metadata Document URL the tenant advertises but has not imported',
    fix: "Register again (DCR), configure an existing application's client id, or import the CIMD URL in Auth0.",
    source: 'kannanspeed/kuttamvenum AUTH0_FIX_GUIDE.md (Auth0 page text "invalid_request: Unknown client: …")',
  }),
  row({
    id: 'auth0-verifier',
    pattern: phrase('Failed to verify code verifier'),
    step: 'token',
    party: 'client',
    rules: ['pkce.verifier.mismatch', 'token.response.error'],
    meaning: 'the code_verifier does not hash to the code_challenge of the authorization request',
    fix: 'Send the verifier that belongs to this authorization request.',
    source: 'auth0/go-auth0 authentication/oauth_test.go ("Should throw for an invalid code verifier")',
  }),
  row({
    id: 'auth0-invalid-code',
    pattern: phrase('invalid_grant … Invalid authorization code'),
    step: 'token',
    party: 'client',
    rules: ['token.response.error'],
    meaning: 'the code is unknown, expired or already used, or was issued for another redirect URI or client',
    fix: 'Exchange each code once, right after the callback, with the same redirect_uri.',
    source: 'community.auth0.com/t/authorisation-code-flow-error-403/73029; auth0/go-auth0 test recordings',
  }),
  row({
    id: 'auth0-refresh-invalid',
    pattern: phrase('Unknown or invalid refresh token'),
    step: 'refresh',
    party: 'client',
    rules: ['refresh.response.error', 'refresh.stale-token-reuse'],
    meaning: 'the refresh token is unknown, revoked, past its absolute lifetime, or was already rotated',
    fix: 'Use the newest refresh token (rotation) and avoid concurrent refreshes; else sign in again.',
    source: 'community.auth0.com/t/…-403-unknown-or-invalid-refresh-token/120406',
  }),
  row({
    id: 'auth0-grant-not-allowed',
    pattern: phrase("Grant type '…' not allowed for the client"),
    party: 'authorization-server',
    rules: ['token.response.error', 'dcr.grant-types'],
    meaning: 'the Auth0 application does not have this grant type enabled (often refresh_token)',
    fix: 'Enable the grant type on the application (Advanced settings → Grant Types).',
    source: 'devdennysegura/flutter-auth0 #35',
  }),
  row({
    id: 'auth0-client-not-authorized',
    party: 'authorization-server',
    rules: ['token.response.error'],
    pattern: anyPhrase('Client is not authorized to access', 'create a "client-grant" associated to this API'),
    meaning:
      'the application has no client grant for this API (Auth0 third-party and machine-to-machine apps ' +
      'need an explicit grant)',
    fix: 'Create a client grant for the application (or a default grant for third-party clients) on the API.',
    source: 'auth0/ruby-auth0 #610; auth0/auth0-python #173',
  }),
]
