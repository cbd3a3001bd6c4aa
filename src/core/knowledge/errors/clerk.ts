// Clerk: what @clerk/backend prints when an MCP server verifies a Clerk OAuth access token (verifyToken,
// authenticateRequest with acceptsToken 'oauth_token'). Read in clerk/javascript packages/backend/src.
import { family, phrase } from './known-error.ts'

const ASSERTIONS = 'clerk/javascript packages/backend/src/jwt/assertions.ts'
const row = family({ printedBy: 'Clerk (@clerk/backend)', source: ASSERTIONS })
const KEY_FIX =
  'Verify with the JWKS of the Clerk instance that issued the token (same publishable/secret key pair); ' +
  'a token from another instance or environment cannot verify.'

export const CLERK_ERRORS = [
  row({
    id: 'clerk-aud',
    pattern: phrase('Invalid JWT audience claim'),
    step: 'mcp-request',
    party: 'mcp-server',
    rules: ['aud.mismatch', 'mcp.401.after-token'],
    meaning: "the token's aud is not among the audiences the server passed to verifyToken",
    fix: 'Accept the audience Clerk issues for this resource (the PRM resource the client sent), or drop the check.',
  }),
  row({
    id: 'clerk-expired',
    pattern: phrase('JWT is expired. Expiry date:'),
    step: 'mcp-request',
    party: 'client',
    rules: ['at.expired', 'mcp.401.after-token'],
    meaning: 'the access token has expired',
    fix: 'Refresh the access token and retry with the new one.',
  }),
  row({
    id: 'clerk-not-before',
    pattern: phrase('JWT cannot be used prior to not before date claim'),
    step: 'mcp-request',
    party: 'mcp-server',
    rules: ['mcp.401.after-token'],
    meaning: "nbf is in the future for the server's clock",
    fix: 'Sync the server clock or allow clock skew.',
  }),
  row({
    id: 'clerk-form',
    pattern: phrase('Invalid JWT form. A JWT consists of three parts separated by dots'),
    step: 'mcp-request',
    party: 'client',
    rules: ['at.format', 'mcp.401.after-token'],
    source: 'clerk/javascript packages/backend/src/jwt/verifyJwt.ts',
    meaning: 'the bearer value is not a JWT (an opaque token, an API key, or a mangled header)',
    fix: 'Send the access token Clerk issued for this server; request it with resource=<MCP URL>.',
  }),
  row({
    id: 'clerk-no-kid',
    pattern: phrase('Unable to find a signing key in JWKS that matches the kid'),
    step: 'mcp-request',
    party: 'mcp-server',
    rules: ['mcp.401.after-token', 'mcp.token.wrong-server'],
    source: 'clerk/javascript packages/backend/src/tokens/keys.ts',
    meaning: "no key of this Clerk instance has the token's kid: the token comes from another instance or issuer",
    fix: KEY_FIX,
  }),
  row({
    id: 'clerk-oauth-typ',
    pattern: phrase('for OAuth, or sub starting with'),
    step: 'mcp-request',
    party: 'client',
    rules: ['mcp.401.after-token', 'at.typ'],
    source: 'clerk/javascript packages/backend/src/tokens/verify.ts',
    meaning: 'the server accepts only OAuth access tokens and got another JWT type (often a session token or id_token)',
    fix: 'Send the OAuth access token from the token endpoint, not the Clerk session token or the id_token.',
  }),
]
