import { describe, expect, it } from 'vitest'
import type { Exchange } from '../../core/index.ts'
import { redactUrl, toCurl } from './curl.ts'

const ex: Exchange = {
  entry: 5,
  carrier: null,
  startedMs: 0,
  method: 'POST',
  url: 'https://as.example/token?x=1',
  status: 200,
  requestHeaders: [
    { name: ':authority', value: 'as.example' },
    { name: 'content-type', value: 'application/x-www-form-urlencoded' },
    { name: 'authorization', value: 'Bearer CANARY_AT_123' },
    { name: 'x-note', value: "it's" },
  ],
  responseHeaders: [],
  requestBody:
    'grant_type=authorization_code&code=CANARY_CODE&code_verifier=CANARY_V' + '&resource=https%3A%2F%2Fmcp.example',
  responseMimeType: '',
  responseContent: null,
  responseEncoding: null,
  redirectURL: null,
  resourceType: null,
  error: null,
}

describe('copy as cURL', () => {
  it('redacts credentials and secret parameters by default, keeping what explains the failure', () => {
    const c = toCurl(ex, { redact: true })
    for (const secret of ['CANARY_AT_123', 'CANARY_CODE', 'CANARY_V']) expect(c).not.toContain(secret)
    expect(c).toContain("-H 'authorization: Bearer REDACTED'")
    expect(c).toContain('resource=https%3A%2F%2Fmcp.example')
    expect(c).toContain('grant_type=authorization_code')
    expect(c).not.toContain(':authority')
  })

  it('gives the exact request when asked, quoted for a POSIX shell', () => {
    const c = toCurl(ex, { redact: false })
    expect(c).toContain('code=CANARY_CODE')
    expect(c).toContain("-H 'authorization: Bearer CANARY_AT_123'")
    expect(c).toContain(`-H 'x-note: it'\\''s'`)
    expect(c.startsWith("curl 'https://as.example/token?x=1' \\\n  -X POST")).toBe(true)
  })

  it('redacts secrets in a URL query and in a JSON body', () => {
    expect(redactUrl('https://c.example/cb?code=abc&state=xyz&iss=https%3A%2F%2Fas')).toBe(
      'https://c.example/cb?code=REDACTED&state=REDACTED&iss=https%3A%2F%2Fas',
    )
    const json = toCurl({ ...ex, requestBody: '{"client_secret":"CANARY_S","client_name":"x"}' }, { redact: true })
    expect(json).not.toContain('CANARY_S')
    expect(json).toContain('"client_name":"x"')
  })
})
