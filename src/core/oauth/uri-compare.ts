// Exact comparison first, then a named near-miss (PRODUCT.md §5.5): RFC 3986 §6.2.1 says
// identifiers compare as simple strings, so a near-miss is still a mismatch; naming it tells
// the user which character to fix.
import type { NearMiss } from '../types.ts'
import { formDecode, splitUrl } from './params.ts'

const DEFAULT_PORT: Record<string, string> = { https: '443', http: '80' }

function withoutDefaultPort(u: string): string {
  const s = splitUrl(u)
  if (!s || !s.port || DEFAULT_PORT[s.scheme.toLowerCase()] !== s.port) return u
  return u.replace(`:${s.port}`, '')
}

function stripSlash(u: string): string {
  return u.endsWith('/') ? u.slice(0, -1) : u
}

function lowerOrigin(u: string): string {
  const s = splitUrl(u)
  if (!s) return u
  const prefix = `${s.scheme}://`
  const rest = u.slice(prefix.length)
  const hostEnd = rest.search(/[/?#]/)
  const authority = hostEnd < 0 ? rest : rest.slice(0, hostEnd)
  return prefix.toLowerCase() + authority.toLowerCase() + (hostEnd < 0 ? '' : rest.slice(hostEnd))
}

export function compareUris(expected: string, actual: string): NearMiss {
  if (expected === actual) return 'exact'
  if (stripSlash(expected) === stripSlash(actual)) return 'trailing-slash'
  if (lowerOrigin(expected) === lowerOrigin(actual) || expected.toLowerCase() === actual.toLowerCase()) return 'case'
  if (withoutDefaultPort(expected) === withoutDefaultPort(actual)) return 'default-port'
  if (formDecode(expected) === formDecode(actual) || formDecode(formDecode(actual)) === expected)
    return 'percent-encoding'
  const e = splitUrl(expected)
  const a = splitUrl(actual)
  if (!e || !a) return 'different'
  if (e.host.toLowerCase() !== a.host.toLowerCase()) return 'other-host'
  if (e.scheme.toLowerCase() !== a.scheme.toLowerCase()) return 'scheme'
  const ep = stripSlash(e.path)
  const ap = stripSlash(a.path)
  if (ap === '' && ep !== '') return 'origin-only'
  if (ep.startsWith(ap + '/') || ap.startsWith(ep + '/')) return 'path-prefix'
  return 'different'
}

/** What a near-miss means, in words for a finding message. */
export function describeNearMiss(kind: NearMiss): string {
  switch (kind) {
    case 'exact':
      return 'identical'
    case 'trailing-slash':
      return 'differs only by a trailing slash'
    case 'case':
      return 'differs only in letter case'
    case 'default-port':
      return 'differs only by an explicit default port'
    case 'percent-encoding':
      return 'differs only in percent-encoding'
    case 'path-prefix':
      return 'has a different path on the same host (one is a prefix of the other)'
    case 'origin-only':
      return 'is only the origin: the path was dropped'
    case 'scheme':
      return 'differs in scheme'
    case 'other-host':
      return 'names another host'
    case 'client-id':
      return 'is the client id, not a resource'
    case 'array-contains':
      return 'is an array that contains it'
    case 'vendor-mapping':
      return "is the vendor's own identifier for it"
    case 'different':
      return 'is a different identifier'
  }
}

/** Where two strings first differ (for highlighting down to the character). */
export function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i
  return a.length === b.length ? -1 : n
}
