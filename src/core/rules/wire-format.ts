// Values that are malformed on the wire whatever else the flow does (mcp-oauth-rules.md §3.5,
// §3.7, §3.8, §3.9): a PKCE challenge of the wrong shape, a token endpoint that does not answer
// JSON, an unsigned JWT, and a token carried in the MCP URL.
import { getParam, parseQuery } from '../oauth/params.ts'
import { isJsonContentType, responseHeader } from '../flow/exchange-helpers.ts'
import { isObservedToken } from '../oauth/observed-token.ts'
import { mcpAuth, oauth21, rfc } from './spec-refs.ts'
import { fail, pass, q, type Outcome, type Rule } from './rule.ts'

/** RFC 7636 §4.2: BASE64URL(SHA256(verifier)) is always 43 characters, unpadded. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/

export const pkceChallengeFormat: Rule = {
  id: 'pkce.challenge.format',
  title: 'PKCE challenge is not a base64url SHA-256',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'authorize',
  explains: ['authorize.as-error-page', 'callback.error', 'token.response.error'],
  spec: () => [rfc(7636, '4.2'), oauth21('4.1.1')],
  fix: [
    {
      party: 'client',
      text: 'Send code_challenge = BASE64URL(SHA-256(code_verifier)) without padding: 43 characters of A–Z, a–z, 0–9, "-" and "_".',
    },
  ],
  check(f) {
    const challenge = f.authorizeParams ? getParam(f.authorizeParams, 'code_challenge') : undefined
    if (challenge === undefined || getParam(f.authorizeParams!, 'code_challenge_method') !== 'S256') return null
    const entry = [f.flow.authorize!.entry]
    if (S256_CHALLENGE.test(challenge))
      return pass('The S256 challenge has the right shape (43 base64url characters).', entry)
    // Say what is wrong without quoting the value: padding, standard base64, or length.
    const why = /=/.test(challenge)
      ? 'it has "=" padding'
      : /[+/]/.test(challenge)
        ? 'it uses standard base64 ("+" or "/")'
        : `it is ${challenge.length} characters long, not 43`
    return fail(
      `The code_challenge in the authorization request (entry ${entry[0]}) is not an unpadded base64url SHA-256: ${why}. The AS will not match it to the verifier.`,
      entry,
    )
  },
}

export const tokenResponseNotJson: Rule = {
  id: 'token.response.not-json',
  title: 'Token endpoint did not answer JSON',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'token',
  observed: true,
  spec: () => [oauth21('3.2.3')],
  fix: [
    {
      party: 'authorization-server',
      text: 'Answer token requests with application/json (OAuth 2.1 §3.2.3). An HTML page here usually means the request hit a login page or the wrong URL; a form-encoded body needs Accept: application/json (GitHub).',
    },
  ],
  check(f) {
    const out: Outcome[] = []
    for (const ex of [...f.flow.tokens, ...f.flow.refreshes]) {
      const type = responseHeader(ex, 'content-type') ?? ex.responseMimeType
      if (ex.missing === 'response' || !ex.status || !type) continue
      out.push(
        isJsonContentType(ex)
          ? pass('The token endpoint answered JSON.', [ex.entry])
          : fail(
              `The token endpoint answered HTTP ${ex.status} with Content-Type ${q(type.split(';')[0]!.trim())} (entry ${ex.entry}), not application/json: clients cannot read a token from it.`,
              [ex.entry],
            ),
      )
    }
    return out.length ? out : null
  },
}

export const atAlgNone: Rule = {
  id: 'at.alg-none',
  title: 'Unsigned access token (alg none)',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'access-token',
  explains: ['mcp.401.after-token'],
  spec: () => [rfc(9068, '4')],
  fix: [
    {
      party: 'authorization-server',
      text: 'Sign JWT access tokens (RFC 9068 §4 forbids alg "none"); resource servers must reject unsigned tokens.',
    },
  ],
  check(f) {
    const out: Outcome[] = []
    for (const t of f.tokens) {
      // An aud quoted in pasted text travels as an unsigned stand-in: it says nothing of the real token.
      if (t.decoded.format !== 'jwt' || isObservedToken(t.decoded)) continue
      const alg = t.decoded.header.alg
      out.push(
        typeof alg === 'string' && alg.toLowerCase() === 'none'
          ? fail(
              `The access token from entry ${t.entry} is unsigned: its header says alg "none". Anyone can forge such a token.`,
              [t.entry],
            )
          : pass('The access token names a signing algorithm.', [t.entry]),
      )
    }
    return out.length ? out : null
  },
}

/** Query parameters that carry a bearer token (RFC 6750 §2.3 names access_token). */
const TOKEN_QUERY_PARAMS = ['access_token', 'token', 'bearer']

export const mcpTokenInQuery: Rule = {
  id: 'mcp.token-in-query',
  title: 'Access token in the MCP URL',
  severity: 'error',
  party: 'client',
  since: '2025-03-26',
  step: 'mcp',
  explains: ['mcp.auth-header.missing', 'mcp.401.after-token'],
  spec: (rev) => [mcpAuth(rev, 'Token Requirements'), oauth21('5.1')],
  fix: [
    {
      party: 'client',
      text: 'Send the token in the Authorization: Bearer header only; URLs end up in logs, history and Referer headers.',
    },
  ],
  check(f) {
    if (!f.flow.mcp.length) return null
    const leaked = f.flow.mcp
      .map((ex) => ({
        entry: ex.entry,
        names: parseQuery(ex.url)
          .filter(([n, v]) => TOKEN_QUERY_PARAMS.includes(n.toLowerCase()) && v.length > 0)
          .map(([n]) => n),
      }))
      .filter((hit) => hit.names.length > 0)
    if (!leaked.length) return pass('No MCP request carries a token in its URL.', [f.flow.mcp[0]!.entry])
    const names = [...new Set(leaked.flatMap((hit) => hit.names))]
    return fail(
      `${leaked.length === 1 ? 'An MCP request carries' : `${leaked.length} MCP requests carry`} the token in the URL query (${names.map((n) => q(n)).join(', ')}, entry ${leaked[0]!.entry}); MCP clients must use the Authorization header.`,
      leaked.map((hit) => hit.entry),
    )
  },
}

export const WIRE_FORMAT_RULES: Rule[] = [pkceChallengeFormat, tokenResponseNotJson, atAlgNone, mcpTokenInQuery]
