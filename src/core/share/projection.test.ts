// The allow-list projection of free text and URLs (issue #12): quoted server text is shared only
// when every part is recognised; path keys and tenant ids become stable stand-ins; "Hide
// hostnames" also covers hosts without a scheme, in free text, in aud and iss.
import { describe, expect, it } from 'vitest'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { analyzeCapture, type Report } from '../index.ts'
import { toShareableReport } from './to-shareable.ts'
import { isRecognised, projectMessage } from './free-text.ts'
import { looksLikeId, PathIds } from './path-ids.ts'

const report = (id: string): Report =>
  JSON.parse(
    JSON.stringify(
      analyzeCapture(new TextEncoder().encode(JSON.stringify(STORIES.find((s) => s.id === id)!.har)), 'x.har').report,
    ),
  )
const none = new Set<string>()

describe('free text by allow-list', () => {
  it('withholds what a scrubber cannot recognise', () => {
    for (const text of [
      'password hunter2 is wrong',
      'call +1 415 555 0199',
      'from 2001:db8::7334',
      'key wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      'user jane.doe%40corp.example',
      'key QxKvLpZmRtWnBd',
      'PIN 0042',
      'see 10 20 30',
      'token <img src=x onerror=alert(1)>',
      'pw: dragon',
    ])
      expect(isRecognised(text, { known: none }), text).toBe(false)
  })

  it('keeps catalogued phrases, error codes and values the report shows anyway', () => {
    for (const text of [
      'Authorization required',
      'PKCE verification failed',
      'The requested resource is not configured',
      'invalid_grant: token expired',
      'audience mismatch (401)',
    ])
      expect(isRecognised(text, { known: none }), text).toBe(true)
    expect(
      isRecognised('resource https://mcp.example.com/x is unknown', { known: new Set(['https://mcp.example.com/x']) }),
    ).toBe(true)
    expect(isRecognised('resource https://token.server/authorize is unknown', { known: none })).toBe(false)
  })

  it('says how much was withheld, keeping the rule text around the quote', () => {
    const out = projectMessage(
      'The server answered `invalid_grant` ("Refresh token for jane was revoked, ref 8812344").',
      none,
    )
    expect(out).toBe("The server answered `invalid_grant` (the server's description is withheld (47 characters)).")
    expect(projectMessage('error=`hunter2secret`', none)).toBe('error=`‹withheld›`')
  })

  it('withholds a planted description in every shared field', () => {
    const r = report('callback-invalid-target')
    const quote = '"Login failed for jdoe: password Zq9!x, call 415 555 0199"'
    r.verdict.summary += ` ${quote}`
    r.findings[0]!.message += ` ${quote}`
    r.completeness.push(`The page said ${quote}`)
    const text = JSON.stringify(toShareableReport(r, { includePassing: true }))
    expect(text).not.toMatch(/Zq9|555 0199|jdoe/)
    expect(text).toContain("the server's description is withheld (56 characters)")
  })
})

describe('path ids', () => {
  it('replaces keys and ids, keeps ordinary path words', () => {
    for (const s of [
      'k3YpQ8vLw2NxRt7mZa9',
      'us-east-1_AbCdEf123',
      // A pool id made only of lower-case letters and digits still reads as an id, not as words.
      'eu-west-2_ainbgea89',
      'us-gov-west-1_abcdefghi',
      '72f988bf-86f1-41af-91ab-2d7cd011db47',
      'QxKvLpZmRtWnBd',
      'jane.doe%40corp.example',
      '123456',
    ])
      expect(looksLikeId(s), s).toBe(true)
    for (const s of [
      '.well-known',
      'oauth-protected-resource',
      'mcp',
      'tenant',
      'v2.0',
      'authorize',
      'claude-code-client-metadata',
      'api',
      'sse',
      '7',
    ])
      expect(looksLikeId(s), s).toBe(false)
  })

  it('keeps equalities: the same key gets the same stand-in, a trailing slash stays visible', () => {
    const ids = new PathIds()
    expect(
      ids.inText(
        'a `https://gw.example.com/s/k3YpQ8vLw2NxRt7mZa9/mcp` b `https://gw.example.com/s/k3YpQ8vLw2NxRt7mZa9/mcp/`',
      ),
    ).toBe('a `https://gw.example.com/s/id-1/mcp` b `https://gw.example.com/s/id-1/mcp/`')
    expect(ids.inText('https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0?x=1#f')).toBe(
      'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/v2.0?x=…#…',
    )
  })

  it('in the shared report: MCP URL, resources, aud and messages alike', () => {
    const r = report('trailing-slash')
    const key = 'k3YpQ8vLw2NxRt7mZa9'
    const withKey = JSON.parse(JSON.stringify(r).split('/tenant/mcp').join(`/s/${key}/mcp`)) as Report
    const shared = toShareableReport(withKey)
    expect(JSON.stringify(shared)).not.toContain(key)
    expect(shared.flows[0]!.mcpServerUrl).toBe('https://mcp.example.com/s/id-1/mcp')
    expect(shared.flows[0]!.resourceParam.authorize).toEqual({
      state: 'present',
      value: 'https://mcp.example.com/s/id-1/mcp/',
    })
  })
})

describe('hide hostnames', () => {
  it('covers hosts without a scheme, hosts in free text, tenant segments, aud and iss', () => {
    const r = report('entra-guid-accepted')
    r.verdict.summary = 'Tenant contoso.onmicrosoft.com, see "host login.microsoftonline.com is not allowed".'
    r.flows[0]!.tokens.push({
      entry: 1,
      format: 'jwt',
      aud: ['api.contoso.com', 'https://api.contoso.com/contoso/mcp'],
      iss: 'https://sts.contoso.com/contoso/',
      exp: null,
      clientId: null,
    })
    const text = JSON.stringify(toShareableReport(r, { hideHosts: true }))
    expect(text).not.toMatch(/contoso|microsoftonline|72f988bf|mcp\.example\.com/i)
    expect(text).toMatch(/host-\d+\.example/)
  })
})

describe('path words of real MCP and OAuth URLs', () => {
  it('stay readable', () => {
    for (const s of [
      'mcp-server-fetch',
      'oauth2-callback',
      'github',
      'atlassian',
      'openid-connect',
      'realms',
      '.default',
      'v1',
    ])
      expect(looksLikeId(s), s).toBe(false)
    for (const s of ['aus1a2b3c4d5e6f7g8', 'sk_live_51Hx9', 'kqpxlmnvbzrt', 'AbCdEfGhIjKl'])
      expect(looksLikeId(s), s).toBe(true)
  })
})
