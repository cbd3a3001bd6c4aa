// Real software on loopback for the probe tests: the MCP TypeScript SDK's auth pieces
// (mcpAuthMetadataRouter, metadataHandler, requireBearerAuth) in front of its Streamable HTTP
// transport, and oidc-provider as the authorization server. Each configuration of issue 15 is a
// set of options on these, not a re-implementation. Ports are ephemeral (listen on 0).
import express from 'express'
import cors from 'cors'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import { mcpAuthMetadataRouter } from '@modelcontextprotocol/sdk/server/auth/router.js'
import { metadataHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/metadata.js'
import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js'

function listen(app) {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })
    })
  })
}

const close = (server) =>
  new Promise((r) => {
    server.closeAllConnections()
    server.close(() => r())
  })

/** oidc-provider's own development-mode warnings (in-memory adapter, dev keys, Node 20) are
 * expected in a test lab; anything else it says still reaches the console. */
async function quietly(fn) {
  const warn = console.warn
  console.warn = (...args) => {
    if (!String(args[0]).startsWith('oidc-provider WARNING')) warn(...args)
  }
  try {
    return await fn()
  } finally {
    console.warn = warn
  }
}

/** oidc-provider with dynamic registration and RFC 8707 resource indicators switchable. */
async function startAs(o) {
  const { default: Provider } = await quietly(() => import('oidc-provider'))
  const app = express()
  const { server, origin } = await listen(app)
  const issuer = origin + (o.issuerTrailingSlash ? '/' : '')
  const provider = await quietly(
    () =>
      new Provider(issuer, {
        clients: [],
        features: {
          registration: { enabled: o.registration },
          resourceIndicators: {
            enabled: o.resourceIndicators,
            defaultResource: (_ctx, _client, oneOf) => oneOf,
            getResourceServerInfo: (_ctx, resource) => ({
              scope: 'mcp:tools',
              audience: resource,
              accessTokenFormat: 'jwt',
              jwt: { sign: { alg: 'RS256' } },
            }),
          },
        },
        scopes: ['openid', 'mcp:tools'],
        pkce: { required: () => true },
      }),
  )
  app.use(provider.callback())
  return { origin, issuer, close: () => close(server) }
}

/** The AS metadata the SDK server is told about (what its PRM lists as the issuer). */
function metadataFor(asOrigin, listedIssuer) {
  return {
    issuer: listedIssuer,
    authorization_endpoint: `${asOrigin}/auth`,
    token_endpoint: `${asOrigin}/token`,
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
  }
}

function mountMcp(app, auth) {
  app.post('/mcp', auth, express.json(), async (req, res) => {
    const server = new McpServer({ name: 'probe-lab', version: '1.0.0' })
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
    res.on('close', () => {
      void transport.close()
      void server.close()
    })
    await server.connect(transport)
    await transport.handleRequest(req, res, req.body)
  })
}

/**
 * @param {import('./real-servers.d.mts').RealLabOptions} options
 */
export async function startRealLab(options = {}) {
  const o = {
    prmAt: 'path',
    cors: true,
    exposeWwwAuthenticate: true,
    registration: true,
    resourceIndicators: true,
    issuerTrailingSlash: false,
    legacy: false,
    resourceSuffix: '',
    ...options,
  }
  const as = await startAs(o)
  const app = express()
  // The MCP endpoint's CORS: the `cors` package, with or without exposing WWW-Authenticate.
  if (o.cors) app.use(cors(o.exposeWwwAuthenticate ? { exposedHeaders: ['WWW-Authenticate', 'Mcp-Session-Id'] } : {}))
  const { server, origin } = await listen(app)
  const mcpUrl = `${origin}/mcp`
  const verifier = {
    verifyAccessToken: async () => {
      throw new Error('the probe never presents a token')
    },
  }
  if (o.legacy) {
    // 2025-03-26: the MCP server is its own authorization server; no PRM, no resource_metadata.
    const own = { ...metadataFor(origin, origin), registration_endpoint: `${origin}/register` }
    app.use('/.well-known/oauth-authorization-server', metadataHandler(own))
    mountMcp(app, requireBearerAuth({ verifier }))
  } else {
    const listed = as.origin
    const resource = mcpUrl + o.resourceSuffix
    const rootPrm = `${origin}/.well-known/oauth-protected-resource`
    const prmUrl = o.prmAt === 'root' ? rootPrm : `${rootPrm}/mcp`
    if (o.prmAt === 'root') {
      app.use('/.well-known/oauth-protected-resource', metadataHandler({ resource, authorization_servers: [listed] }))
    } else {
      const oauthMetadata = metadataFor(as.origin, listed)
      app.use(mcpAuthMetadataRouter({ oauthMetadata, resourceServerUrl: new URL(resource) }))
    }
    mountMcp(app, requireBearerAuth({ verifier, resourceMetadataUrl: prmUrl }))
  }
  return {
    mcpUrl,
    asIssuer: as.issuer,
    close: async () => {
      await close(server)
      await as.close()
    },
  }
}
