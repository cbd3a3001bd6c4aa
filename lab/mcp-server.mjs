// The MCP server of the lab: the official TypeScript SDK's Streamable HTTP transport behind a
// bearer check that validates aud against its protected resource metadata `resource` (strict), or
// only that a token is present (lax); `audience` makes it expect another aud (an AS's client id), and
// `verifyToken` hands the check to the AS's own library. PRM is served at the path-inserted well-known URL.
import { trackSockets } from './close-server.mjs'
import express from 'express'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'

export function audienceOf(token) {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'))
    return Array.isArray(payload.aud) ? payload.aud : [payload.aud]
  } catch {
    return []
  }
}

/** The MCP routes, on any express app (a 2025-03-26-style server is its own authorization server). */
export function mountMcp(app, o) {
  const resource = `${o.origin}/mcp`
  const prmUrl = `${o.origin}/.well-known/oauth-protected-resource/mcp`
  app.get('/.well-known/oauth-protected-resource/mcp', (_req, res) =>
    res.json({
      resource,
      authorization_servers: [o.issuer],
      scopes_supported: ['mcp:tools'],
      bearer_methods_supported: ['header'],
    }),
  )
  app.all('/mcp', express.json(), async (req, res) => {
    const auth = req.headers.authorization ?? ''
    const token = /^Bearer (.+)$/i.exec(auth)?.[1]
    const challenge = (extra) => `Bearer resource_metadata="${prmUrl}"${extra}`
    if (!token)
      return res
        .status(401)
        .set('WWW-Authenticate', challenge(''))
        .json({ error: 'invalid_token', error_description: 'Authorization required' })
    const accepted = o.verifyToken
      ? await o.verifyToken(token)
      : !o.strict || audienceOf(token).includes(o.audience ?? resource)
    if (!accepted) {
      return res
        .status(401)
        .set('WWW-Authenticate', challenge(', error="invalid_token", error_description="audience mismatch"'))
        .json({ error: 'invalid_token', error_description: 'audience mismatch' })
    }
    const server = new McpServer({ name: 'lab-mcp', version: '1.0.0' })
    server.tool('echo', 'Echoes a message', async () => ({ content: [{ type: 'text', text: 'ok' }] }))
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
    res.on('close', () => {
      void transport.close()
      void server.close()
    })
    await server.connect(transport)
    await transport.handleRequest(req, res, req.body)
  })
  return resource
}

/** @param {{ port: number, issuer: string, strict: boolean }} o */
export async function startMcpServer(o) {
  const app = express()
  const resource = mountMcp(app, { ...o, origin: `http://127.0.0.1:${o.port}` })
  const httpServer = app.listen(o.port, '127.0.0.1')
  const closeAll = trackSockets(httpServer)
  await new Promise((r) => httpServer.once('listening', r))
  return { url: resource, close: closeAll }
}
