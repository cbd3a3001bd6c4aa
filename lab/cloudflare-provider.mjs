// @cloudflare/workers-oauth-provider (unmodified) as one Worker that is both the authorization
// server and the MCP server (`OAuthProvider`: PRM, AS metadata, DCR, PKCE, RFC 8707 binding of each
// token to its resource). It runs on Node through `serve-fetch.mjs`, with an in-memory KV and a
// module hook for `cloudflare:workers`. Ours, as the library asks of every app: the /authorize
// page (consent with the library's helpers) and the MCP handler behind `apiRoute` (the SDK's
// web-standard Streamable HTTP transport).
import { register } from 'node:module'
import { memoryKv } from './memory-kv.mjs'
import { serveFetch } from './serve-fetch.mjs'

register('./cloudflare-loader.mjs', import.meta.url)
const { AuthorizationError, OAuthProvider } = await import('@cloudflare/workers-oauth-provider')
const { McpServer } = await import('@modelcontextprotocol/sdk/server/mcp.js')
const { WebStandardStreamableHTTPServerTransport } =
  await import('@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js')

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** Consent: GET shows the page, POST approves (the library keeps the request between the two). */
const authorizePage = {
  async fetch(request, env) {
    try {
      return await authorizeOrConsent(request, env)
    } catch (error) {
      // As the library's docs ask: an error it can send back to the client is redirected there
      // (error, error_description, state, iss); any other is shown here.
      if (error instanceof AuthorizationError && error.redirectTo) return Response.redirect(error.redirectTo, 302)
      if (error instanceof AuthorizationError) return new Response(error.description, { status: 400 })
      throw error
    }
  },
}

/** GET /authorize shows the consent page; POST /authorize approves and redirects to the client. */
async function authorizeOrConsent(request, env) {
  const url = new URL(request.url)
  if (url.pathname !== '/authorize') return new Response('Not found', { status: 404 })
  const oauth = env.OAUTH_PROVIDER
  if (request.method === 'POST') {
    const form = await request.formData()
    const approved = await oauth.approveConsent(request, String(form.get('handle') ?? ''))
    const { redirectTo } = await oauth.completeAuthorization({
      request: approved.request,
      userId: 'lab-user',
      metadata: {},
      scope: approved.request.scope,
      props: { userId: 'lab-user' },
    })
    approved.headers.set('Location', redirectTo)
    return new Response(null, { status: 302, headers: approved.headers })
  }
  const authRequest = await oauth.parseAuthRequest(request)
  const details = await oauth.describeConsent(authRequest)
  const consent = await oauth.beginConsent(authRequest)
  consent.headers.set('Content-Type', 'text/html; charset=utf-8')
  const who = escape(details.client?.clientName ?? 'A client')
  const page =
    `<!doctype html><title>Consent</title><p>${who} asks for ${escape(authRequest.scope.join(' '))}.</p>` +
    `<form method="post" action="/authorize"><input type="hidden" name="handle" value="${escape(consent.handle)}">` +
    '<button type="submit" name="decision" value="approve">Allow</button></form>'
  return new Response(page, { headers: consent.headers })
}

const mcpHandler = {
  async fetch(request) {
    const server = new McpServer({ name: 'lab-cloudflare-mcp', version: '1.0.0' })
    server.tool('echo', 'Echoes a message', async () => ({ content: [{ type: 'text', text: 'ok' }] }))
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    })
    await server.connect(transport)
    return transport.handleRequest(request)
  },
}

/** @param {{ port: number, disallowPublicClientRegistration?: boolean }} o */
export async function startCloudflareProvider(o) {
  const origin = `http://127.0.0.1:${o.port}`
  const provider = new OAuthProvider({
    apiRoute: '/mcp',
    apiHandler: mcpHandler,
    defaultHandler: authorizePage,
    authorizeEndpoint: '/authorize',
    tokenEndpoint: '/oauth/token',
    clientRegistrationEndpoint: '/oauth/register',
    scopesSupported: ['mcp:tools', 'offline_access'],
    resourceMetadata: {
      resource: `${origin}/mcp`,
      authorization_servers: [origin],
      bearer_methods_supported: ['header'],
    },
    requiredScopes: ['mcp:tools'],
    ...(o.disallowPublicClientRegistration ? { disallowPublicClientRegistration: true } : {}),
  })
  const env = { OAUTH_KV: memoryKv() }
  const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} }
  const close = await serveFetch(o.port, (request) => provider.fetch(request, env, ctx))
  return { issuer: origin, url: `${origin}/mcp`, close }
}
