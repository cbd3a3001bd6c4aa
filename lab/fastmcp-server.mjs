// A FastMCP (TypeScript, npm `fastmcp`) server: its own Streamable HTTP transport, PRM and 401
// challenge from its `oauth.protectedResource` option, and an `authenticate` hook that accepts a
// JWT only when its aud names the configured resource (what FastMCP's docs ask the app to check).
import { FastMCP } from 'fastmcp'
import { audienceOf } from './mcp-server.mjs'

/**
 * @param {{ port: number, issuer: string, resourcePath: string, oauth?: false }} o `resourcePath` is
 *   appended to the origin to make `protectedResource.resource` ('' = the origin, as FastMCP's examples
 *   do); `oauth: false` leaves the option out, FastMCP's default (`authenticate` alone).
 */
export async function startFastMcpServer(o) {
  const origin = `http://127.0.0.1:${o.port}`
  const resource = `${origin}${o.resourcePath}`
  const server = new FastMCP({
    name: 'lab-fastmcp',
    version: '1.0.0',
    // Without the `oauth` option (FastMCP's default) there is no PRM and no resource_metadata.
    ...(o.oauth === false
      ? {}
      : {
          oauth: {
            enabled: true,
            protectedResource: {
              resource,
              authorizationServers: [o.issuer],
              scopesSupported: ['mcp:tools'],
              bearerMethodsSupported: ['header'],
            },
          },
        }),
    authenticate: async (req) => {
      const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1]
      return token && audienceOf(token).includes(resource) ? { sub: 'lab-user' } : undefined
    },
    logger: { debug() {}, error() {}, info() {}, log() {}, warn() {} },
  })
  server.addTool({ name: 'echo', description: 'Echoes a message', execute: async () => 'ok' })
  await server.start({
    transportType: 'httpStream',
    httpStream: { port: o.port, host: '127.0.0.1', endpoint: '/mcp', stateless: true },
  })
  return { url: `${origin}/mcp`, close: () => server.stop() }
}
