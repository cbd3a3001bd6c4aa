// How an audience value compares with the resource, in words: the audience panel, the forum
// Markdown and the text report say the same thing, never the core's slugs (issue 13).
import type { NearMiss } from '../types.ts'

/** Matches the resource, contains it, or is the authorization server's documented form of it. */
export const GOOD_MATCHES: ReadonlySet<string> = new Set<NearMiss>(['exact', 'array-contains', 'vendor-mapping'])

const MATCH_WORDS: Record<NearMiss, string> = {
  exact: 'same',
  'array-contains': 'contains it',
  'vendor-mapping': "the authorization server's documented form",
  'trailing-slash': 'differs by a trailing slash',
  case: 'differs in letter case',
  'default-port': 'differs by the default port',
  'percent-encoding': 'differs in percent-encoding',
  'path-prefix': 'only a path prefix of it',
  'origin-only': 'origin only, no path',
  scheme: 'different scheme',
  'other-host': 'another host',
  'client-id': 'is the client id, not the resource',
  different: 'different',
}

/** "✓ same", "✗ is the client id, not the resource"; an unknown slug (an old shared link) as it is. */
export function matchWords(match: string): string {
  const words = (MATCH_WORDS as Record<string, string | undefined>)[match] ?? match
  return `${GOOD_MATCHES.has(match) ? '✓' : '✗'} ${words}`
}
