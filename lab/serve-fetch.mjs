// Serves a fetch-style handler (`(request) => Response`, as Hono apps and Workers export) on a
// loopback port with node:http, so software written for edge runtimes runs unmodified in the lab.
import { trackSockets } from './close-server.mjs'
import http from 'node:http'

/** @param {number} port @param {(request: Request) => Promise<Response>} handler */
export async function serveFetch(port, handler) {
  const server = http.createServer(async (req, res) => {
    const chunks = []
    for await (const c of req) chunks.push(c)
    const body = Buffer.concat(chunks)
    const headers = new Headers()
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1])
    const init = { method: req.method, headers, ...(body.length ? { body } : {}) }
    const request = new Request(`http://${req.headers.host}${req.url}`, init)
    try {
      const response = await handler(request)
      const out = {}
      for (const [k, v] of response.headers) if (k !== 'set-cookie') out[k] = v
      const cookies = response.headers.getSetCookie()
      res.writeHead(response.status, { ...out, ...(cookies.length ? { 'set-cookie': cookies } : {}) })
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(e?.stack ?? e))
    }
  })
  const close = trackSockets(server)
  server.listen(port, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  return close
}
