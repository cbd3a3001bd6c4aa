// The knowledge tables recognise the hosts, redirect URIs and error strings they claim to.
import { describe, expect, it } from 'vitest'
import { clientIdVendor, vendorFor, VENDORS } from './authorization-servers.ts'
import { detectClient, CLIENTS } from './clients.ts'
import { explainKnownError, KNOWN_ERRORS } from './error-strings.ts'

describe('authorization-server fingerprints', () => {
  const cases: [string, string][] = [
    ['https://bright-lotus-41.authkit.app', 'workos'],
    ['https://contoso.us.auth0.com/', 'auth0'],
    ['https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0', 'entra'],
    ['https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/', 'entra'],
    ['https://dev-123456.okta.com/oauth2/default', 'okta'],
    ['https://sso.example.com/realms/mcp', 'keycloak'],
    ['https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf', 'cognito'],
    ['https://acme.customers.stytch.dev', 'stytch'],
    ['https://api.descope.com/v1/apps/agentic/P2abc/M1', 'descope'],
    ['https://happy-cat-12.clerk.accounts.dev', 'clerk'],
    ['https://abc123.logto.app/oidc', 'logto'],
    ['https://accounts.google.com', 'google'],
  ]
  for (const [url, vendor] of cases) it(`${url} → ${vendor}`, () => expect(vendorFor(url)?.vendor).toBe(vendor))
  it('unknown hosts are not guessed', () => expect(vendorFor('https://auth.example.com')).toBeNull())
  it('client-id shapes name the vendor that issues them', () => {
    expect(clientIdVendor('client_01HZX3Q9R7M2K8D4V6B1N5T0WE')?.vendor).toBe('workos')
    expect(clientIdVendor('0oa9x8w7v6u5t4s3r2q1')?.vendor).toBe('okta')
    expect(clientIdVendor('https://mcp.example.com/mcp')).toBeNull()
  })
  it('every vendor row has a fix and a source', () => {
    for (const v of VENDORS) expect(v.fix.length * v.source.length).toBeGreaterThan(0)
  })
})

describe('client fingerprints', () => {
  const none = { redirectUris: [], clientIds: [], clientNames: [], userAgents: [] }
  it('by redirect URI', () => {
    expect(
      detectClient({ ...none, redirectUris: ['https://global.consent.azure-apim.net/redirect/contoso-5fx-5f12'] })
        ?.product,
    ).toBe('copilot-studio')
    expect(detectClient({ ...none, redirectUris: ['https://claude.ai/api/mcp/auth_callback'] })?.product).toBe(
      'claude-ai',
    )
    expect(detectClient({ ...none, redirectUris: ['cursor://anysphere.cursor-mcp/oauth/callback'] })?.product).toBe(
      'cursor',
    )
    expect(detectClient({ ...none, redirectUris: ['https://chatgpt.com/connector/oauth/abc'] })?.product).toBe(
      'chatgpt',
    )
  })
  it('by CIMD client id and client name', () => {
    expect(detectClient({ ...none, clientIds: ['https://claude.ai/oauth/claude-code-client-metadata'] })?.product).toBe(
      'claude-code',
    )
    expect(detectClient({ ...none, clientNames: ['MCP Inspector'] })?.product).toBe('mcp-inspector')
  })
  it('nothing known → null', () =>
    expect(detectClient({ ...none, redirectUris: ['https://app.example.com/cb'] })).toBeNull())
  it('products are lower-case slugs', () => {
    for (const c of CLIENTS) expect(c.product).toMatch(/^[a-z0-9-]+$/)
  })
})

describe('error strings', () => {
  it('explains AADSTS9010010', () =>
    expect(explainKnownError("AADSTS9010010: The resource parameter provided in the request doesn't match")).toContain(
      'Entra ID rejects a `resource`',
    ))
  it('says nothing for unknown text', () => expect(explainKnownError('something else')).toBe(''))
  it('every row has a source', () => {
    for (const k of KNOWN_ERRORS) expect(k.source.length).toBeGreaterThan(3)
  })
})
