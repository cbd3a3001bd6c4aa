// The scrubber on its own: the second line behind the allow-list projection (PRODUCT.md §7), and
// the first for free text quoted in a report's own findings.
import { describe, expect, it } from 'vitest'
import { quoteCaptured, REDACTED, scrubFreeText } from './scrub.ts'

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJDQU5BUlkifQ.c2lnbmF0dXJlQ0FOQVJZ'

describe('scrubFreeText', () => {
  it.each([
    ['a JWT', `token ${JWT} was rejected`, JWT],
    ['a bearer value', 'header was Bearer sk_live_CANARY7h3k9q2m', 'sk_live_CANARY7h3k9q2m'],
    ['an e-mail address', 'user jane.doe+canary@example.org is not allowed', 'jane.doe+canary@example.org'],
    ['an IPv4 address', 'request from 203.0.113.77 refused', '203.0.113.77'],
    ['an IPv6 address', 'request from 2001:db8:85a3:0:0:8a2e:370:7334 refused', '2001:db8:85a3:0:0:8a2e:370:7334'],
    ['a query value', 'see https://as.example.org/cb?code=CANARYc0de42&x=1', 'CANARYc0de42'],
    ['a long opaque value', 'session 9f8e7d6c5b4a3210CANARYzz expired', '9f8e7d6c5b4a3210CANARYzz'],
  ])('removes %s', (_, text, secret) => {
    const out = scrubFreeText(text)
    expect(out).not.toContain(secret)
    expect(out).toContain(REDACTED)
  })

  it('keeps ordinary words, auth-params and the values the report shows on purpose', () => {
    expect(scrubFreeText('Bearer realm="mcp", error="invalid_token"')).toBe('Bearer realm="mcp", error="invalid_token"')
    const keep = new Set(['client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH'])
    expect(scrubFreeText('aud client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH is wrong', keep)).toContain(
      'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH',
    )
    expect(scrubFreeText('The redirect URI is not registered')).toBe('The redirect URI is not registered')
  })

  it('quoteCaptured scrubs, flattens and shortens', () => {
    const q = quoteCaptured(`bad "token" \`${JWT}\`\n\nsee logs`, 30)
    expect(q).not.toContain(JWT)
    expect(q).not.toMatch(/["`\n]/)
    expect(q.length).toBeLessThanOrEqual(31)
  })
})
