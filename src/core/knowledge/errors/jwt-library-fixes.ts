// Fix texts shared by the JWT library rows (jose, jsonwebtoken, PyJWT, Authlib).
export const AUD_FIX =
  "Make the token's aud the PRM resource: the client sends resource=<MCP URL> and the AS honours it; " +
  'the server accepts exactly that value.'
export const EXP_FIX = 'Refresh the access token before it expires and retry with the new one.'
export const KEY_FIX =
  'Fetch keys from the jwks_uri of the issuer that signed the token; a token from another issuer ' +
  '(or a Graph token) cannot validate here.'
