// Test texts for the Okta, Auth0, Keycloak, Cognito and hosted-AS rows, written by the team.
export const VENDOR_CASES: Record<string, string> = {
  'okta-api-validation': '{"errorCode":"E0000001","errorSummary":"Api validation failed: redirect_uris"}',
  'okta-authentication': 'errorCode E0000004 Authentication failed',
  'okta-invalid-token':
    'POST /oauth2/v1/clients -> 401 {"errorCode":"E0000011","errorSummary":"Invalid token' + ' provided"}',
  'okta-no-permission': 'E0000006: You do not have permission to perform the requested action',
  'okta-feature-off': 'E0000015 feature not enabled for org quarry-labs',
  'okta-not-found': 'GET …/oauth2/aus1x9/.well-known/oauth-authorization-server -> E0000007 Not found',
  'okta-method': 'E0000022 the endpoint does not support the provided HTTP method',
  'okta-rate-limit': 'E0000047 API call exceeded rate limit',
  'okta-redirect-not-registered':
    "400 Bad Request. The 'redirect_uri' parameter must be a Login redirect URI in the " + 'client app settings',
  'okta-policy-failed': 'error=access_denied&error_description=Policy+evaluation+failed+for+this+request',
  'okta-user-not-assigned': 'access_denied: User is not assigned to the client application.',
  'okta-pkce-required': "PKCE code challenge is required when the token endpoint authentication method is 'NONE'.",
  'okta-pkce-required-by-app': 'Okta said: PKCE code challenge is required by the application.',
  'okta-no-default-scopes':
    'error_description=The+authorization+server+resource+does+not+have+any+configured+default' +
    '+scopes%2C+%27scope%27+must+be+provided.',
  'okta-scopes-not-configured':
    'invalid_scope: One or more scopes are not configured for the authorization server' + ' resource.',
  'okta-client-auth-failed':
    'invalid_client: Client authentication failed. Either the client or the client' + ' credentials ' + 'are invalid.',
  'okta-multiple-credentials':
    'token call -> 401 {"error":"invalid_request","error_description":"Cannot supply' +
    ' multiple client credentials. Use one of the following: …"}',
  'auth0-service-not-found': 'error_description=Service not found: https://mcp.fernhill.dev/mcp',
  'auth0-callback-mismatch':
    'Auth0 page: Callback URL mismatch. The provided redirect_uri is not in the list of' + ' allowed callback URLs.',
  'auth0-unknown-client':
    'the sign-in page said invalid_request: Unknown client:' + ' https://cli.fernhill.dev/oauth/meta.json',
  'auth0-verifier': '{"error":"invalid_grant","error_description":"Failed to verify code verifier"}',
  'auth0-invalid-code': '{"error":"invalid_grant","error_description":"Invalid authorization code"}',
  'auth0-refresh-invalid':
    'refresh -> 403 {"error":"invalid_grant","error_description":"Unknown or invalid refresh' + ' token."}',
  'auth0-grant-not-allowed': "unauthorized_client: Grant type 'refresh_token' not allowed for the client.",
  'auth0-client-not-authorized':
    '403 access_denied: Client is not authorized to access "https://mcp.fernhill.dev/mcp".' +
    ' You need to create a "client-grant" associated to this API.',
  'keycloak-invalid-redirect': 'Keycloak page: We are sorry... Invalid parameter: redirect_uri',
  'keycloak-client-not-found': 'type=LOGIN_ERROR error=client_not_found -> page says Client not found.',
  'keycloak-code-not-valid': '{"error":"invalid_grant","error_description":"Code not valid"}',
  'keycloak-pkce-failed': 'invalid_grant: PKCE verification failed: Invalid code verifier',
  'keycloak-incorrect-redirect': '400 {"error":"invalid_grant","error_description":"Incorrect redirect_uri"}',
  'keycloak-token-not-active': 'refresh -> 400 {"error":"invalid_grant","error_description":"Token is not active"}',
  'keycloak-session-not-active': 'OPError: invalid_grant (Session not active)',
  'keycloak-invalid-client-creds': 'unauthorized_client: Invalid client or Invalid client credentials',
  'keycloak-trusted-hosts':
    "Policy 'Trusted Hosts' rejected request to client-registration service. Details: Host not" + ' trusted.',
  'keycloak-allowed-scopes':
    '{"error":"insufficient_scope","error_description":"Policy \'Allowed Client Scopes\'' +
    ' rejected request to client-registration service. Details: Not permitted to use specified clientScope"}',
  'keycloak-invalid-scopes': 'error=invalid_scope&error_description=Invalid+scopes%3A+openid+tools:run',
  'keycloak-missing-challenge': 'error_description=Missing parameter: code_challenge_method',
  'keycloak-standard-flow-off':
    'error=unauthorized_client&error_description=Client+is+not+allowed+to+initiate+browser' +
    '+login+with+given+response_type.+Standard+flow+is+disabled+for+the+client.',
  'cognito-redirect-mismatch':
    'landed on' + ' https://quarry.auth.eu-west-1.amazoncognito.com/error?error=redirect_mismatch',
  'cognito-error-page': 'Cognito shows: An error was encountered with the requested page.',
  'cognito-oauth-disabled': 'unauthorized_client: Client is not enabled for OAuth2.0 flows.',
  'cognito-no-openid': '{"error":"invalid_token","error_description":"Access token does not contain openid scope"}',
  'cognito-login-unavailable': 'Login pages unavailable. Please contact an administrator.',
  'workos-redirect-invalid': 'redirected to https://error.workos.com/sso/redirect-uri-invalid',
  'workos-couldnt-sign-in': "Something went wrong. Couldn't sign in. If you are not sure what happened, ask your admin",
  'workos-error-page': 'ended on error.workos.com/user-management/session-expired',
  'stytch-api-error':
    '{"status_code":401,"error_type":"…",' +
    '"error_url":"https://stytch.com/docs/api-reference/b2b/api/errors/401#attribute_mismatch"}',
  'clerk-aud':
    'TokenVerificationError: Invalid JWT audience claim (aud) "client_xyz". Is not included in' +
    ' "["https://mcp.fernhill.dev/mcp"]".',
  'clerk-expired':
    'JWT is expired. Expiry date: Mon, 02 Mar 2026 10:00:00 GMT, Current date: Mon, 02 Mar 2026 11:00:00' + ' GMT.',
  'clerk-not-before': 'JWT cannot be used prior to not before date claim (nbf). Not before date: …',
  'clerk-form': 'reason: Invalid JWT form. A JWT consists of three parts separated by dots.',
  'clerk-no-kid':
    "Unable to find a signing key in JWKS that matches the kid='ins_2abc' of the provided session" + ' token.',
  'clerk-oauth-typ': "Invalid JWT type: JWT. Expected one of: at+jwt for OAuth, or sub starting with 'mch_' for M2M",
  'descope-dcr-failed': 'Failed to perform dynamic client registration for https://mcp.fernhill.dev',
  'descope-dcr-code': 'createApplication -> E152006',
  'logto-invalid-client': '{"code":"oidc.invalid_client","error":"invalid_client"}',
  'oidc-provider-resource-uri': 'error_description=resource indicator must be an absolute URI',
  'oidc-provider-invalid-target': 'grant.error InvalidTarget at resolve_resource.js:28',
  'oidc-provider-refresh-not-found': "InvalidGrant detail: 'refresh token not found'",
  'oidc-provider-client-auth': '{"error":"invalid_client","error_description":"client authentication failed"}',
  'better-auth-session-not-found': '{"error":"invalid_grant","error_description":"session not found"}',
  'better-auth-invalid-code': '{"error":"invalid_grant","error_description":"invalid code"}',
  'better-auth-resource-invalid': 'POST /oauth2/token 400 requested resource invalid',
  'cloudflare-redirect-unregistered':
    'Invalid redirect URI. The redirect URI provided does not match any registered' + ' URI ' + 'for this client.',
  'cloudflare-client-mismatch': 'Invalid client. The clientId provided does not match to this client.',
  'cloudflare-redirect-https': 'Invalid Request — Redirect URI must use HTTPS or a local loopback address',
  'cloudflare-invalid-access-token': 'HTTP 401: {"error":"invalid_token","error_description":"Invalid access token"}',
  'supabase-unrecognized-client': '{"message":"Unrecognized client_id"}',
  'sentry-resource-mismatch': 'invalid_target: The resource parameter does not match this authorization server',
  'vercel-redirect-not-approved':
    'invalid_redirect_uri — The provided redirect URIs are not approved for use by this authorization server.',
}
