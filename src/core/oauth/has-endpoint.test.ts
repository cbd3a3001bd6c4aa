// hasEndpoint compares a URL with a few endpoints in place instead of cutting it: it must answer
// exactly what `set.has(endpointOf(url))` answers, at the query, the fragment and the URL's end.
import { describe, expect, it } from 'vitest'
import { endpointOf, hasEndpoint } from './params.ts'

const urls = [
  'https://as.example/token',
  'https://as.example/token?x=1',
  'https://as.example/token#f',
  'https://as.example/token/',
  'https://as.example/tokens',
  'https://as.example/tok',
  'https://as.example/token?a#b',
  'https://as.example/p#frag?not-a-query',
  'https://as.example/p',
  '?only-a-query',
  '',
]

describe('endpointOf', () => {
  it('cuts at the first ? or #, whichever comes first', () => {
    expect(urls.map(endpointOf)).toEqual([
      'https://as.example/token',
      'https://as.example/token',
      'https://as.example/token',
      'https://as.example/token/',
      'https://as.example/tokens',
      'https://as.example/tok',
      'https://as.example/token',
      'https://as.example/p',
      'https://as.example/p',
      '',
      '',
    ])
  })
})

describe('hasEndpoint', () => {
  it('answers as set.has(endpointOf(url)) for small and large sets', () => {
    const endpoints = [...new Set(urls.map(endpointOf))]
    const filler = Array.from({ length: 10 }, (_, i) => `https://other.example/${i}`)
    for (const size of [1, 2, 8, 9 + endpoints.length]) {
      for (const e of endpoints) {
        const set = new Set([...filler.slice(0, size - 1), e])
        for (const url of urls) expect(hasEndpoint(set, url), `${e} ∋ ${url}`).toBe(set.has(endpointOf(url)))
      }
    }
    expect(hasEndpoint(new Set(), 'https://as.example/token')).toBe(false)
    expect(hasEndpoint(new Set(['https://as.example/token']), 'https://as.example/token?x=1')).toBe(true)
    expect(hasEndpoint(new Set(['https://as.example/token']), 'https://as.example/tokens')).toBe(false)
  })
})
