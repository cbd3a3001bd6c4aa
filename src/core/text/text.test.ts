// Pasted-text triage: extraction over realistic posts, the same evidence through forum mangling,
// a verdict a support engineer would give, and every error-string catalog entry triggered.
import { describe, expect, it } from 'vitest'
import {
  AUTHORIZE_POST,
  COPILOT_WORKOS_POST,
  CURL_TRANSCRIPT,
  ENTRA_POST,
  MANGLINGS,
  METADATA_POST,
} from '../../../fixtures/texts/posts.ts'
import { KNOWN_ERRORS } from '../knowledge/error-strings.ts'
import { ERROR_CASES } from '../knowledge/errors/cases.ts'
import { extractArtefacts } from './extract.ts'
import { analyzeText } from './analyze-text.ts'

const evidence = (text: string) => {
  const r = analyzeText(text).report
  return {
    verdict: [r.verdict.rootCause, r.verdict.party, r.verdict.confidence],
    flows: r.flows.map((f) => ({
      server: f.mcpServerUrl,
      client: f.client,
      vendor: f.authorizationServer.vendor,
      tokens: f.tokens.map((t) => [t.format, t.aud]),
      rp: f.resourceParam,
    })),
    fails: r.findings
      .filter((f) => f.status === 'fail')
      .map((f) => f.rule)
      .sort(),
  }
}

describe('pasted text', () => {
  it('the motivating post: aud = client id, WorkOS, Copilot Studio → likely, the client must send resource', () => {
    const { report, artefacts } = analyzeText(COPILOT_WORKOS_POST)
    expect(report.input.kind).toBe('text')
    expect(report.verdict).toMatchObject({ rootCause: 'aud.equals-client-id', party: 'client', confidence: 'likely' })
    expect(report.verdict.summary).toContain(
      'Microsoft Copilot Studio is known not to send it, and WorkOS AuthKit then issues `aud` = the client id',
    )
    const flow = report.flows[0]!
    expect(flow.tokens).toEqual([
      {
        entry: expect.any(Number),
        format: 'observed',
        aud: 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH',
        iss: null,
        exp: null,
        clientId: null,
      },
    ])
    expect(flow.client.product).toBe('copilot-studio')
    expect(flow.authorizationServer.vendor).toBe('workos')
    const root = report.findings.find((f) => f.rule === 'aud.equals-client-id')!
    expect(root.fix.map((x) => x.party)).toEqual(['client', 'authorization-server'])
    const cited = artefacts.find((a) => a.entry === flow.tokens[0]!.entry)!
    expect(cited.kind).toBe('aud')
    expect(COPILOT_WORKOS_POST.slice(cited.start, cited.end)).toMatch(
      /^audience mismatch \(got 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', expected 'https:\/\/mcp\.example\.com\/tenant\/mcp/,
    )
  })

  for (const [name, mangle] of Object.entries(MANGLINGS)) {
    it(`${name}: the same evidence and verdict`, () => {
      for (const text of [COPILOT_WORKOS_POST, AUTHORIZE_POST]) expect(evidence(mangle(text))).toEqual(evidence(text))
    })
  }

  it('an authorize URL alone proves the missing resource at authorize', () => {
    const r = analyzeText(AUTHORIZE_POST).report
    expect(r.verdict).toMatchObject({ rootCause: 'resource.authorize.missing', party: 'client', confidence: 'likely' })
    expect(r.flows[0]!.resourceParam.authorize).toEqual({ state: 'absent' })
    expect(r.findings.find((f) => f.rule === 'resource.token.missing')?.status).toBe('unknown')
  })

  it('a curl transcript: the 401 challenge without resource_metadata', () => {
    const r = analyzeText(CURL_TRANSCRIPT).report
    expect(r.findings.find((f) => f.rule === 'discovery.resource-metadata.missing')?.status).toBe('fail')
    expect(r.flows[0]!.mcpServerUrl).toBe('https://mcp.example.com/tenant/mcp')
  })

  it('metadata JSON: the trailing-slash issuer and resource are compared', () => {
    const r = analyzeText(METADATA_POST).report
    const fails = r.findings.filter((f) => f.status === 'fail').map((f) => f.rule)
    expect(fails).toContain('asmeta.issuer.mismatch')
    expect(r.flows[0]!.advertisedResource).toBe('https://mcp.example.com/tenant/mcp/')
  })

  it('an Entra error code names its cause and fix', () => {
    const r = analyzeText(ENTRA_POST).report
    const f = r.findings.find((x) => x.message.includes('AADSTS9010010'))!
    expect(f.rule).toBe('callback.error')
    expect(f.fix[0]!.text).toContain('App ID URI')
    expect(r.verdict.confidence).toBe('likely')
  })

  it('text with nothing recognisable says so', () => {
    const r = analyzeText('Hello, it does not work, please help!').report
    expect(r.verdict.rootCause).toBeNull()
    expect(r.verdict.summary).toMatch(/No OAuth facts recognised in your text/)
  })
})

describe('error-string catalog', () => {
  const SAMPLES: Record<string, string> = {
    'entra-resource-scope':
      "AADSTS9010010: The resource parameter provided in the request doesn't match with the requested scopes.",
    'entra-scope-missing': "AADSTS900144: The request body must contain the following parameter: 'scope'.",
    'entra-resource-unsupported': "AADSTS901002: The 'resource' request parameter isn't supported.",
    'entra-graph-fallback':
      "AADSTS650053: The application asked for scope 'mcp.read' that doesn't exist on the resource '00000003-0000-0000-c000-000000000000'.",
    'entra-redirect':
      'AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application.',
    'entra-self-token': 'AADSTS90009: Application is requesting a token for itself.',
    'idx-audience':
      'IDX10214: Audience validation failed. Audiences: client. Did not match: validationParameters.ValidAudience',
    'copilot-dcr': 'GetDynamicClientRegistrationResultAsync failed. Status Code: BadRequest',
    'resource-unknown': '{"error":"invalid_target","error_description":"resource indicator is missing, or unknown"}',
    'invalid-target': 'token endpoint answered invalid_target',
    'multiple-auth-methods': 'invalid_request: Client must not use multiple authentication methods',
    'gateway-audience': '403 Forbidden: Audiences in Jwt are not allowed',
    'redirect-scheme': 'Redirect URIs must be localhost or HTTPS',
    'invalid-redirect-uri': 'error=invalid_redirect_uri host not whitelisted',
    'audience-mismatch': 'Bearer token rejected: audience mismatch',
    'claude-ofid':
      'Authorization with the MCP server failed. If the problem persists, share this reference: ofid_3f9a2c7d1e',
    'no-dcr': 'Incompatible auth server: does not support dynamic client registration',
  }
  for (const k of KNOWN_ERRORS) {
    it(`${k.id} is recognised in its sample text`, () => {
      const sample = SAMPLES[k.id] ?? ERROR_CASES[k.id]
      expect(sample, `write a sample for ${k.id}`).toBeDefined()
      expect(extractArtefacts(sample!).some((a) => a.kind === 'known-error' && a.data.id === k.id)).toBe(true)
    })
  }
})
