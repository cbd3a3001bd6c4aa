// The claim model: spans point at the pasted text, steps come from paths and labels, suggestions
// are not evidence, and an exchange rebuilt from a sentence proves only what the sentence says.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract.ts'
import { analyzeText } from './analyze-text.ts'
import { renderText } from '../report/text.ts'

const kinds = (text: string) => extractClaims(text).map((c) => [c.kind, c.step, c.observed])

describe('claims', () => {
  it('spans point at the pasted text, through escapes and smart quotes', () => {
    const pasted = 'The token\u2019s aud is \\`docs\\_reader\\` and the server says 401.'
    const aud = extractClaims(pasted).find((c) => c.kind === 'aud')!
    expect(aud.data.values).toEqual(['docs_reader'])
    expect(pasted.slice(aud.start, aud.end)).toContain('docs\\_reader')
  })

  it('an error belongs to the step its path or label names', () => {
    expect(kinds('`POST /oauth/register` returned 400 invalid_redirect_uri')).toContainEqual([
      'http-status',
      'registration',
      true,
    ])
    expect(kinds('On refresh the token endpoint answered invalid_grant.')).toContainEqual([
      'oauth-error',
      'refresh',
      true,
    ])
    expect(kinds('Then the MCP server responds with invalid_token.')).toContainEqual(['oauth-error', 'mcp', true])
    expect(kinds('Exchanging the code, the token endpoint returned invalid_grant.')).toContainEqual([
      'oauth-error',
      'token',
      true,
    ])
  })

  it('suggestions, expectations and examples are claims but not observations', () => {
    const text =
      'It fails with 401.\n\n## Suggested fix\n\nWWW-Authenticate: Bearer resource_metadata="https://' +
      'a.test/.well-known/oauth-protected-resource"\n'
    expect(extractClaims(text).find((c) => c.kind === 'www-authenticate')?.observed).toBe(false)
    expect(
      extractClaims('An expired token should return invalid_grant.').find((c) => c.kind === 'oauth-error')?.observed,
    ).toBe(false)
    expect(
      extractClaims('The server returns 404 (e.g. https://x.test/.well-known/oauth-protected-resource).').find(
        (c) => c.kind === 'url',
      )?.observed,
    ).toBe(false)
  })

  it('a question is not an observation', () => {
    const claims = extractClaims('Does Cursor not send the resource parameter? The token aud is "cursor-app".')
    expect(claims.find((c) => c.kind === 'resource-not-sent')?.observed).toBe(false)
    expect(claims.find((c) => c.kind === 'aud')?.observed).toBe(true)
  })

  it('placeholders are marked and never fail a value check', () => {
    const r = analyzeText(
      'Our MCP client opens https://idp.test/authorize?response_type=code&client_id=YOUR_CLIENT_ID&co' +
        'de_challenge=<redacted>&code_challenge_method=S256&state=s&resource=https%3A%2F%2Fm.test%2Fmcp',
    ).report
    expect(r.findings.filter((f) => f.status === 'fail').map((f) => f.rule)).toEqual([])
    expect(r.claims?.some((c) => c.kind === 'authorize-url')).toBe(true)
  })

  it('a sentence proves only what it says: no PKCE or client_id verdict from "no resource"', () => {
    const r = analyzeText('Our MCP client does not send the resource parameter in the authorization request.').report
    const judged = r.findings.filter((f) => f.status !== 'unknown' && !f.rule.startsWith('flow.')).map((f) => f.rule)
    expect(judged).toEqual(['resource.authorize.missing'])
  })

  it('the report lists its claims with spans and says what the text could not show', () => {
    const text = 'The MCP server at https://n.test/mcp answers 401 with WWW-Authenticate: Bearer realm="n"'
    const r = analyzeText(text).report
    expect(r.claims?.map((c) => c.kind)).toEqual(expect.arrayContaining(['http-status', 'www-authenticate', 'mcp-url']))
    expect(r.completeness.join(' ')).toMatch(/Your text does not show .*authorization URL/)
    expect(renderText(r)).toMatch(/claims read from your text:\n.*#\d/)
  })
})

describe('long pastes', () => {
  it('a 300 kB paste with a lost underscore is read without overflowing', () => {
    const head = 'The MCP server at https://big.test/mcp says accesstoken missing. '
    const text = head.concat('lorem ipsum '.repeat(25000))
    const { claims, report } = analyzeText(text)
    expect(claims.some((c) => c.kind === 'mcp-url')).toBe(true)
    expect(report.input.kind).toBe('text')
  })

  it('a whole log is read up to a bound, and the report says so', () => {
    const { claims, report } = analyzeText('GET /mcp HTTP/1.1 401\n'.repeat(3000))
    expect(claims.length).toBeLessThanOrEqual(2000)
    expect(report.completeness.join(' ')).toMatch(/only its first 2000 facts/)
  })
})

describe('documents quoted whole', () => {
  it('AS metadata whose issuer matches its URL passes the issuer check', () => {
    const doc =
      '{"issuer":"https://sso.acme.test","authorization_endpoint":"https://sso.acme.test/authorize",' +
      '"token_endpoint":"https://sso.acme.test/token","response_types_supported":["code"],' +
      '"code_challenge_methods_supported":["S256"]}'
    const r = analyzeText(`Our MCP server's authorization server metadata: ${doc}`).report
    expect(r.findings.find((f) => f.rule === 'asmeta.issuer.mismatch')?.status).toBe('pass')
    expect(r.findings.find((f) => f.rule === 'asmeta.pkce.absent')?.status).toBe('pass')
  })
})
