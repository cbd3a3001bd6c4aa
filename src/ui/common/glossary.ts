// Plain-language meanings of the protocol words a report uses (PRODUCT §6: say what PRM is).
export const GLOSSARY: Record<string, string> = {
  PRM:
    'Protected Resource Metadata (RFC 9728): the JSON an MCP server publishes at ' +
    '/.well-known/oauth-protected-resource, naming its resource identifier and its authorization servers.',
  AS: 'Authorization server: the service that signs the user in and issues tokens (WorkOS, Entra ID, Auth0, Okta…).',
  aud:
    "The token's audience claim: who the token is for. The MCP server must find its own resource identifier " +
    'in it (RFC 9068 §4).',
  resource:
    'The RFC 8707 parameter a client sends at authorize and token to say which server the token is for; ' +
    'it should equal the resource in the PRM.',
  PKCE:
    'Proof Key for Code Exchange (RFC 7636): a code_challenge at authorize and its code_verifier at token, ' +
    'so a stolen code is useless.',
}

/** Words matched in running text (whole words, case-sensitive: "AS" but not "as"). */
export const TERM_PATTERN = /\b(PRM|PKCE|AS|aud)\b/g
