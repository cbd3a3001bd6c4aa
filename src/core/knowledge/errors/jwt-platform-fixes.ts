// Fix texts shared by the platform validator rows (IdentityModel, Spring Security, go-jose, golang-jwt).
export const AUD_FIX =
  "Make the token's aud the PRM resource (client sends resource, AS honours it) and accept exactly that " +
  'value (Entra v2 may issue the app GUID).'
export const KEY_FIX =
  'Validate against the JWKS of the issuer that signed the token; tokens for Microsoft Graph or another ' +
  'API cannot be validated by this server.'
