// Amazon Cognito user pools: hosted UI and OAuth endpoint errors met in MCP flows. Cognito offers no
// dynamic client registration and publishes OIDC discovery only.
import { family, phrase } from './known-error.ts'

const DOCS = 'docs.aws.amazon.com/cognito/latest/developerguide (authorization, token and userInfo endpoints)'
const row = family({ printedBy: 'Amazon Cognito', source: DOCS })

export const COGNITO_ERRORS = [
  row({ id: 'cognito-redirect-mismatch', pattern: /\berror=redirect[_ ]?mismatch\b/i, step: 'authorize',
    party: 'authorization-server', rules: ['authorize.redirect-uri.unregistered', 'authorize.as-error-page'],
    meaning: 'the redirect URI is not among the app client\'s allowed callback URLs',
    fix: "Add the client's exact redirect URI to the app client's allowed callback URLs.",
    source: `PrefectHQ/fastmcp #2139; ${DOCS}` }),
  row({ id: 'cognito-error-page', pattern: phrase('An error was encountered with the requested page'),
    step: 'authorize', party: 'authorization-server', rules: ['authorize.as-error-page'],
    meaning: 'the Cognito hosted UI refused the authorization request (unregistered callback URL, disabled flow or '
      + 'unknown client)', fix: 'Check the app client: callback URLs, allowed OAuth flows and scopes.' }),
  row({ id: 'cognito-oauth-disabled', pattern: phrase('Client is not enabled for OAuth2.0 flows'),
    party: 'authorization-server', rules: ['callback.error', 'token.response.error'],
    meaning: 'the app client has no OAuth flows enabled (or not the authorization code grant)',
    fix: 'Enable the authorization code grant and the needed scopes on the app client.',
    source: `aws-amplify/amplify-js #5284; ${DOCS}` }),
  row({ id: 'cognito-no-openid', pattern: phrase('Access token does not contain openid scope'),
    party: 'mcp-server', rules: ['mcp.401.after-token'],
    meaning: 'the server validated the token by calling Cognito userInfo, which needs the openid scope',
    fix: 'Validate the JWT locally, or have clients request openid (advertise it in scopes_supported).' }),
  row({ id: 'cognito-refresh-expired', pattern: phrase('Refresh Token has expired'), step: 'refresh',
    party: 'client', rules: ['refresh.response.error'], meaning: 'the Cognito refresh token is past its validity',
    fix: 'Sign in again; raise the app client\'s refresh token expiration if needed.' }),
  row({ id: 'cognito-login-unavailable', pattern: phrase('Login pages unavailable'), step: 'authorize',
    party: 'authorization-server', rules: ['authorize.as-error-page'],
    meaning: 'the user pool has no domain or managed login configured for this app client',
    fix: 'Configure a user pool domain and the hosted (managed) login for the app client.' }),
]
