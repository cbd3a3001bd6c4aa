// Plain-language meaning of common JWT claims (RFC 7519 §4.1, RFC 9068 §2.2, OIDC Core §2, Entra).
export const CLAIM_MEANING: Record<string, string> = {
  aud: 'Audience: who the token is for. The MCP server must find its own identifier here.',
  iss: 'Issuer: the authorization server that minted the token; must equal its metadata issuer.',
  exp: 'Expires at (seconds since 1970).',
  iat: 'Issued at.',
  nbf: 'Not valid before.',
  sub: 'Subject: the user (or client) the token is about.',
  scope: 'Granted scopes, space-separated (RFC 9068).',
  scp: 'Granted scopes (Entra / Okta style).',
  client_id: 'The OAuth client the token was issued to (RFC 9068).',
  azp: 'Authorized party: the client the token was issued to (OIDC).',
  appid: 'The client application id (Entra v1).',
  ver: 'Token format version (Entra: 1.0 or 2.0).',
  jti: 'Unique token id.',
  nonce: 'OIDC nonce: present in ID tokens, not in access tokens.',
  at_hash: 'Access-token hash: present in ID tokens only.',
  tid: 'Entra tenant id.',
  oid: 'Entra object id of the user.',
  email: "The user's e-mail address (personal data).",
  name: "The user's name (personal data).",
  typ: 'Token type: at+jwt marks an access token (RFC 9068).',
  alg: 'Signing algorithm. This page decodes tokens; it does not verify signatures.',
  kid: 'Which signing key was used.',
}

export const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf', 'auth_time'])

/** "2026-05-01T10:00:00Z · 59 min after this request", relative to the entry's own time. */
export function relativeTime(epochSeconds: number, referenceMs: number | null): string {
  const iso = new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z')
  if (referenceMs === null) return iso
  const delta = Math.round(epochSeconds - referenceMs / 1000)
  if (delta === 0) return `${iso} · at this request`
  const abs = Math.abs(delta)
  const text =
    abs < 120
      ? `${abs} s`
      : abs < 7200
        ? `${Math.round(abs / 60)} min`
        : abs < 172_800
          ? `${(abs / 3600).toFixed(1)} h`
          : `${Math.round(abs / 86_400)} days`
  return `${iso} · ${text} ${delta > 0 ? 'after' : 'before'} this request`
}
