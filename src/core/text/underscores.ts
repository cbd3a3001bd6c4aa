// Markdown turns `_word_` into italics and forums then drop the underscores: `client_01…` becomes
// `client01…`, `access_token` becomes `accesstoken`. Put them back in the OAuth and MCP words we
// read (RFC 6749, 7591, 8414, 9728 member names and error codes), keeping the position map.
import type { Normalized } from './normalize.ts'

const WORDS = [
  'access_token',
  'refresh_token',
  'id_token',
  'token_type',
  'expires_in',
  'error_description',
  'error_uri',
  'client_id',
  'client_secret',
  'client_name',
  'redirect_uris',
  'redirect_uri',
  'grant_type',
  'response_type',
  'code_challenge_methods_supported',
  'code_challenge_method',
  'code_challenge',
  'code_verifier',
  'resource_metadata',
  'authorization_servers',
  'authorization_endpoint',
  'token_endpoint_auth_method',
  'token_endpoint',
  'registration_endpoint',
  'scopes_supported',
  'bearer_methods_supported',
  'response_types_supported',
  'grant_types_supported',
  'jwks_uri',
  'invalid_token',
  'invalid_grant',
  'invalid_target',
  'invalid_client_metadata',
  'invalid_client',
  'invalid_request',
  'invalid_scope',
  'insufficient_scope',
  'unauthorized_client',
  'unsupported_grant_type',
  'access_denied',
  'server_error',
  'invalid_redirect_uri',
  'temporarily_unavailable',
]
const BY_JOINED = new Map(WORDS.map((w) => [w.replace(/_/g, ''), w]))
const JOINED = new RegExp(
  `(?<![A-Za-z0-9_])(${[...BY_JOINED.keys()].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z0-9_])`,
  'g',
)
/** WorkOS ids are `client_01` + 24 Crockford base32 characters. */
const WORKOS = /(?<![A-Za-z0-9_])client(?=01[0-9A-HJKMNP-TV-Z]{24}(?![0-9A-Za-z]))/g

export function restoreUnderscores(n: Normalized): Normalized {
  const inserts: { at: number; word: string }[] = []
  for (const m of n.text.matchAll(JOINED)) {
    const word = BY_JOINED.get(m[1]!)!
    let j = 0
    for (let k = 0; k < word.length; k++) {
      if (word[k] === '_') inserts.push({ at: m.index! + j, word })
      else j++
    }
  }
  for (const m of n.text.matchAll(WORKOS)) inserts.push({ at: m.index! + m[0].length, word: 'client_' })
  if (!inserts.length) return n
  inserts.sort((a, b) => a.at - b.at)
  const parts: string[] = []
  const map: number[] = []
  const copy = (a: number, b: number) => {
    for (let k = a; k < b; k++) map.push(n.map[k]!) // no spread: a long paste would overflow the stack
  }
  let from = 0
  for (const ins of inserts) {
    parts.push(n.text.slice(from, ins.at), '_')
    copy(from, ins.at)
    map.push(n.map[ins.at] ?? n.map[ins.at - 1] ?? 0)
    from = ins.at
  }
  parts.push(n.text.slice(from))
  copy(from, n.text.length)
  return { text: parts.join(''), map }
}
