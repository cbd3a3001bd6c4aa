// Amazon Cognito user pools: hosted UI and OAuth endpoint errors met in MCP flows. Cognito offers no
// dynamic client registration and publishes OIDC discovery only.
import { family, phrase } from './known-error.ts'

const DOCS = 'docs.aws.amazon.com/cognito/latest/developerguide (authorization, token and userInfo endpoints)'
const row = family({ printedBy: 'Amazon Cognito', source: DOCS })

export const COGNITO_ERRORS = [
  row({
    id: 'cognito-redirect-mismatch',
    pattern: /\berror=redirect[_ ]?mismatch\b/i,
    step: 'authorize',
    party: 'authorization-server',
    rules: ['authorize.redirect-uri.unregistered', 'authorize.as-error-page'],
    meaning: "the redirect URI is not among the app client's allowed callback URLs",
    fix: "Add the client's exact redirect URI to the app client's allowed callback URLs.",
    source: `PrefectHQ/fastmcp #2139; ${DOCS}`,
  }),
  row({
    id: 'cognito-error-page',
    pattern: phrase('An error was encountered with the requested page'),
    step: 'authorize',
    party: 'authorization-server',
    rules: ['authorize.as-error-page'],
    meaning:
      'the Cognito hosted UI refused the authorization request (unregistered callback URL, disabled flow or ' +
      'unknown client)',
    fix: 'Check the app client: callback URLs (exact case and trailing slash), flows, scopes.',
    source: 'aws-amplify/amplify-js #755; awslabs/sagemaker-dashboards-for-ml #4',
  }),
  row({
    id: 'cognito-oauth-disabled',
    pattern: phrase('Client is not enabled for OAuth2.0 flows'),
    party: 'authorization-server',
    rules: ['callback.error', 'token.response.error'],
    meaning:
      'the app client has no OAuth flows enabled, or (misleadingly) the redirect URI differs from its callback ' +
      'URLs, e.g. only in letter case or a trailing slash',
    fix: 'Enable the authorization code grant and scopes on the app client; compare the callback URLs byte for byte.',
    source: `aws-amplify/amplify-js #5284; ${DOCS}`,
  }),
  row({
    id: 'cognito-no-openid',
    pattern: phrase('Access token does not contain openid scope'),
    party: 'mcp-server',
    rules: ['mcp.401.after-token'],
    meaning: 'the server validated the token by calling Cognito userInfo, which needs the openid scope',
    fix: 'Validate the JWT locally, or have clients request openid (advertise it in scopes_supported).',
    source: 'simov/grant #189',
  }),
  row({
    id: 'cognito-login-unavailable',
    pattern: phrase('Login pages unavailable'),
    step: 'authorize',
    party: 'authorization-server',
    rules: ['authorize.as-error-page'],
    meaning: 'the user pool domain uses Managed Login (v2) and this app client has no branding style assigned',
    fix: 'Create a managed login branding for the app client (Cognito-provided values are enough).',
    source: 'minorun365/html-share #3',
  }),
]
