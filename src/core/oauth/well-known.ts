// Well-known URL shapes: RFC 9728 §3 (PRM, path insertion), RFC 8414 §3 (insertion),
// OIDC Discovery §4 (append), and their reverse (which identifier a probe was built from).
import { endpointOf, originOf, splitUrl } from './params.ts'

/** Every segment below starts with it: a URL without it is no metadata URL. */
export const WELL_KNOWN = '/.well-known/'
export const PRM_SEGMENT = '/.well-known/oauth-protected-resource'
export const OAUTH_AS_SEGMENT = '/.well-known/oauth-authorization-server'
export const OIDC_SEGMENT = '/.well-known/openid-configuration'

export function isPrmUrl(url: string): boolean {
  return endpointOf(url).includes(PRM_SEGMENT)
}

export function isAsMetadataUrl(url: string): boolean {
  const e = endpointOf(url)
  return e.includes(OAUTH_AS_SEGMENT) || e.includes(OIDC_SEGMENT)
}

/** The identifier a well-known URL was built from: insertion (RFC 8414/9728) or OIDC append. */
export function identifierOfWellKnown(url: string): string | null {
  const e = endpointOf(url)
  const origin = originOf(e)
  const path = splitUrl(e)?.path ?? ''
  if (!origin) return null
  for (const seg of [PRM_SEGMENT, OAUTH_AS_SEGMENT, OIDC_SEGMENT]) {
    const at = path.indexOf(seg)
    if (at < 0) continue
    if (at === 0) {
      const suffix = path.slice(seg.length)
      return origin + (suffix === '/' ? '' : suffix)
    }
    // Appended form: `<issuer>/.well-known/openid-configuration`.
    return origin + path.slice(0, at)
  }
  return null
}

/** RFC 9728 §3.1: path-inserted PRM URL for a resource identifier. */
export function prmUrlFor(resource: string): string | null {
  const origin = originOf(resource)
  if (!origin) return null
  const path = (splitUrl(endpointOf(resource))?.path ?? '').replace(/\/$/, '')
  return origin + PRM_SEGMENT + path
}
