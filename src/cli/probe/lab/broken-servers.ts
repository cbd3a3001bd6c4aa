// Loopback hosts that misbehave below the OAuth layer, for the probe's failure sentences: one
// that answers HTML, one that redirects in a loop, one whose PRM is 50 MB, one that accepts the
// connection and never answers, and a port nobody listens on. Small node:http servers of our own
// (no real product behaves like this on purpose).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Broken = 'html' | 'loop' | 'huge' | 'silent'

export interface BrokenHost {
  mcpUrl: string
  requests: string[]
  close(): Promise<void>
}

/** Streams `bytes` of filler, stopping as soon as the client hangs up. */
function stream(res: import('node:http').ServerResponse, bytes: number): void {
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

export async function startBrokenHost(kind: Broken): Promise<BrokenHost> {
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    if (kind === 'silent') return
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    if (kind === 'html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      return void res.end('<!doctype html><title>Acme</title><p>Welcome! Please sign in.')
    }
    if (kind === 'loop') return void res.writeHead(307, { location: req.url === '/mcp' ? '/mcp/' : '/mcp' }).end()
    if (req.url === '/mcp') {
      const challenge = `Bearer resource_metadata="${origin}/.well-known/oauth-protected-resource/mcp"`
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': challenge })
      return void res.end('{"error":"invalid_token"}')
    }
    if (req.url?.startsWith('/.well-known/oauth-protected-resource')) return stream(res, 50 * 1024 * 1024)
    res.writeHead(404).end()
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const port = (server.address() as AddressInfo).port
  const close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections()
      server.close(() => r())
    })
  return { mcpUrl: `http://127.0.0.1:${port}/mcp`, requests, close }
}

/** A loopback URL with nothing listening: a port the OS handed out and took back. */
export async function deadUrl(): Promise<string> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()))
  const port = (s.address() as AddressInfo).port
  await new Promise<void>((r) => s.close(() => r()))
  return `http://127.0.0.1:${port}/mcp`
}
