// Who is at fault when the authorization server refuses the requested scope (RFC 6749 §4.1.2.1
// invalid_scope). MCP clients choose scopes from what the server advertises (MCP authorization
// 2025-11-25 §Scope Selection Strategy: the challenge's `scope`, else PRM `scopes_supported`, else
// none), so a refusal of exactly that choice is a server/AS configuration problem, not the client's.
import type { Party } from '../types.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { getParam } from '../oauth/params.ts'
import { bearerChallenge } from '../oauth/www-authenticate.ts'

const words = (s: string | undefined | null) => (s ?? '').split(/\s+/).filter(Boolean)

/** The scopes the MCP server advertised to the client, or null when the evidence shows none. */
export function advertisedScopes(f: FlowFacts): string[] | null {
  for (const ex of f.flow.challenges) {
    const values = ex.responseHeaders.filter((h) => h.name === 'www-authenticate').map((h) => h.value)
    const scope = bearerChallenge(values)?.params.scope
    if (scope !== undefined) return words(scope)
  }
  const supported = f.prm?.doc.scopes_supported
  return Array.isArray(supported) ? supported.filter((s): s is string => typeof s === 'string') : null
}

/** `client` only when it asked for a scope the server did not advertise; otherwise the server's
 * advertised scopes and the AS's configuration disagree, which the server side must settle. */
export function scopeRefusalParty(f: FlowFacts): Party {
  const requested = words(f.authorizeParams ? getParam(f.authorizeParams, 'scope') : undefined)
  const advertised = advertisedScopes(f)
  if (advertised && requested.some((s) => !advertised.includes(s))) return 'client'
  return 'authorization-server'
}

export const SCOPE_REFUSAL_FIX =
  'Make the scopes the MCP server advertises (WWW-Authenticate `scope`, PRM `scopes_supported`) ones the ' +
  'authorization server accepts for this client — including a request with no scope when none is advertised.'
