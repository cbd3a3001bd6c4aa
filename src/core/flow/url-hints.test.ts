// urlHints must say exactly what searching the URL for each mark says.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CALLBACK_QUERY, OAUTH_QUERY, urlHints, WELL_KNOWN_URL } from './url-hints.ts'

function bySearch(url: string): number {
  return (
    (url.includes('/.well-known/') ? WELL_KNOWN_URL : 0) |
    (url.includes('response_type=') || url.includes('client_id=') ? OAUTH_QUERY : 0) |
    (url.includes('code=') || url.includes('error=') ? CALLBACK_QUERY : 0)
  )
}

const PIECES = ['=', 'code', 'error', 'client_id', 'response_type', '/.well-known/', '?', '&', 'x', '_', 'de=', 'ode']

describe('urlHints', () => {
  it('reads the usual URLs', () => {
    expect(urlHints('https://api.example.org/v1/items/1?include=owner')).toBe(0)
    expect(urlHints('https://as.example/.well-known/oauth-authorization-server')).toBe(WELL_KNOWN_URL)
    expect(urlHints('https://as.example/authorize?response_type=code&client_id=a')).toBe(OAUTH_QUERY)
    expect(urlHints('http://127.0.0.1:3334/cb?code=x&state=y')).toBe(CALLBACK_QUERY)
    expect(urlHints('https://c.example/cb?error=access_denied&error_description=no')).toBe(CALLBACK_QUERY)
    expect(urlHints('https://as.example/authorize?response_type=code&redirect_uri=x%3Fcode%3D1')).toBe(OAUTH_QUERY)
    expect(urlHints('code=1')).toBe(CALLBACK_QUERY)
    expect(urlHints('=code')).toBe(0)
  })

  it('agrees with a search for each mark on any string made of their pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const url = parts.join('')
        expect(urlHints(url)).toBe(bySearch(url))
      }),
      { numRuns: 2000 },
    )
  })
})
