// Loopback servers for the probe tests: our own node:http servers that behave as the server and
// authorization-server configurations named in issue 15 (not the real SDK or oidc-provider).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LabConfig {
  /** Where PRM is served: the path-inserted URL, the root URL, or nowhere (2025-03-26 style). */
  prmAt: 'path' | 'root' | 'none'
  /** Whether the 401 challenge carries resource_metadata. */
  pointer: boolean
  /** CORS on the MCP server: full, without exposing WWW-Authenticate, or none at all. */
  cors: 'full' | 'no-expose' | 'none'
  /** The AS issuer path ('' = root) and whether its metadata says issuer with a trailing slash. */
  issuerPath: string
  issuerTrailingSlash: boolean
  /** Whether PRM lists the issuer with a trailing slash. */
  listedTrailingSlash: boolean
  registration: boolean
  cimd: boolean
  /** Only visible in tokens, never in discovery: kept to show the probe does not pretend otherwise. */
  resourceIndicators: boolean
  /** AS metadata at the MCP server's own origin (2025-03-26 clients look there). */
  metadataOnOwnOrigin: boolean
  special?: 'html' | 'loop' | 'huge'
}

export const BASE_CONFIG: LabConfig = { prmAt: 'path', pointer: true, cors: 'full', issuerPath: '', issuerTrailingSlash: false, listedTrailingSlash: false, registration: true, cimd: true, resourceIndicators: true, metadataOnOwnOrigin: false }

export interface Lab {
  mcpUrl: string
  asOrigin: string
  requests: string[]
  close(): Promise<void>
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler)
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })))
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/** Streams `bytes` of JSON-looking filler, stopping when the client hangs up. */
function huge(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/json' })
  const chunk = Buffer.alloc(64 * 1024, 0x20)
  let sent = 0
  const pump = () => {
    while (sent < bytes && !res.destroyed) {
      sent += chunk.length
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
    res.end()
  }
  pump()
}

export async function startLab(config: Partial<LabConfig> = {}): Promise<Lab> {
  const c = { ...BASE_CONFIG, ...config }
  const requests: string[] = []
  const as = await listen((req, res) => {
    requests.push(`AS ${req.method} ${req.url}`)
    const cors = { 'access-control-allow-origin': '*' }
    if (req.method === 'OPTIONS') return void res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' }).end()
    const issuer = as.origin + c.issuerPath
    const wellKnown = c.issuerPath ? `/.well-known/oauth-authorization-server${c.issuerPath}` : '/.well-known/oauth-authorization-server'
    if (req.url === wellKnown) return json(res, 200, asMetadata(c, issuer), cors)
    json(res, 404, { error: 'not_found' }, cors)
  })
  const mcp = await listen((req, res) => {
    requests.push(`MCP ${req.method} ${req.url}`)
    const origin = `http://127.0.0.1:${(req.socket.address() as AddressInfo).port}`
    const cors: Record<string, string> = c.cors === 'none' ? {} : { 'access-control-allow-origin': '*', ...(c.cors === 'full' ? { 'access-control-expose-headers': 'WWW-Authenticate, Mcp-Session-Id' } : {}) }
    if (c.special === 'html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Welcome</title><p>Sign in')
    if (c.special === 'loop' && req.url?.startsWith('/mcp')) return void res.writeHead(307, { location: req.url === '/mcp' ? '/mcp/' : '/mcp' }).end()
    const prmPath = c.prmAt === 'root' ? '/.well-known/oauth-protected-resource' : '/.well-known/oauth-protected-resource/mcp'
    if (req.method === 'OPTIONS') {
      if (c.cors === 'none') return void res.writeHead(401, { 'www-authenticate': 'Bearer' }).end()
      return void res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST, GET', 'access-control-allow-headers': 'Authorization, Content-Type, MCP-Protocol-Version' }).end()
    }
    if (req.url === '/mcp') {
      const challenge = c.pointer && c.prmAt !== 'none' ? `Bearer resource_metadata="${origin}${prmPath}"` : 'Bearer realm="mcp"'
      return json(res, 401, { error: 'invalid_token' }, { ...cors, 'www-authenticate': challenge })
    }
    if (c.prmAt !== 'none' && req.url === prmPath) {
      if (c.special === 'huge') return huge(res, 50 * 1024 * 1024)
      const listed = as.origin + c.issuerPath + (c.listedTrailingSlash ? '/' : '')
      return json(res, 200, { resource: `${origin}/mcp`, authorization_servers: [listed], bearer_methods_supported: ['header'] }, cors)
    }
    if (c.metadataOnOwnOrigin && req.url === '/.well-known/oauth-authorization-server') return json(res, 200, asMetadata(c, origin), cors)
    json(res, 404, { error: 'not_found' }, cors)
  })
  return {
    mcpUrl: `${mcp.origin}/mcp`,
    asOrigin: as.origin,
    requests,
    close: () => Promise.all([mcp.server, as.server].map((s) => new Promise<void>((r) => { s.closeAllConnections(); s.close(() => r()) }))).then(() => {}),
  }
}

function asMetadata(c: LabConfig, issuer: string): Record<string, unknown> {
  return {
    issuer: issuer + (c.issuerTrailingSlash ? '/' : ''),
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    ...(c.registration ? { registration_endpoint: `${issuer}/register` } : {}),
    ...(c.cimd ? { client_id_metadata_document_supported: true } : {}),
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_basic'],
  }
}
