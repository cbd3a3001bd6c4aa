// A small forward HTTP proxy on loopback that records every exchange as a HAR 1.2 entry: how the
// lab captures Node clients (their fetch is pointed at it through undici's ProxyAgent).
import { trackSockets } from './close-server.mjs'
import http from 'node:http'

export async function startRecordingProxy(port) {
  const entries = []
  const server = http.createServer((req, res) => {
    const started = new Date()
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      // Absolute-form requests (plain proxying) or origin-form ones inside a CONNECT tunnel.
      const target = new URL(/^https?:/.test(req.url) ? req.url : `http://${req.headers.host}${req.url}`)
      const headers = { ...req.headers }
      delete headers['proxy-connection']
      const up = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: req.method,
          headers,
        },
        (upRes) => {
          const out = []
          upRes.on('data', (c) => out.push(c))
          upRes.on('end', () => {
            const resBody = Buffer.concat(out)
            const headerList = (raw) => {
              const list = []
              for (let i = 0; i < raw.length; i += 2) list.push({ name: raw[i], value: raw[i + 1] })
              return list
            }
            const mime = upRes.headers['content-type'] ?? 'x-unknown'
            entries.push({
              startedDateTime: started.toISOString(),
              time: Date.now() - started.getTime(),
              request: {
                method: req.method,
                url: target.href,
                httpVersion: `HTTP/${req.httpVersion}`,
                headers: headerList(req.rawHeaders).filter((h) => h.name.toLowerCase() !== 'proxy-connection'),
                queryString: [...target.searchParams].map(([name, value]) => ({ name, value })),
                cookies: [],
                headersSize: -1,
                bodySize: body.length,
                ...(body.length
                  ? { postData: { mimeType: req.headers['content-type'] ?? '', text: body.toString('utf8') } }
                  : {}),
              },
              response: {
                status: upRes.statusCode,
                statusText: upRes.statusMessage ?? '',
                httpVersion: `HTTP/${upRes.httpVersion}`,
                headers: headerList(upRes.rawHeaders),
                cookies: [],
                content: { size: resBody.length, mimeType: mime, text: resBody.toString('utf8') },
                redirectURL: upRes.headers.location ?? '',
                headersSize: -1,
                bodySize: resBody.length,
              },
              cache: {},
              timings: { send: 0, wait: Date.now() - started.getTime(), receive: 0 },
            })
            res.writeHead(upRes.statusCode ?? 502, upRes.rawHeaders)
            res.end(resBody)
          })
        },
      )
      up.on('error', (e) => {
        res.writeHead(502)
        res.end(String(e))
      })
      up.end(body)
    })
  })
  // undici's ProxyAgent tunnels even plain http with CONNECT: loopback traffic is unencrypted, so
  // the tunnel is answered here and the HTTP inside it handled by the same recording handler.
  server.on('connect', (_req, socket, head) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    if (head.length) socket.unshift(head)
    server.emit('connection', socket)
  })
  const closeAll = trackSockets(server)
  server.listen(port, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  return {
    url: `http://127.0.0.1:${port}`,
    har: (creator) => ({
      log: {
        version: '1.2',
        creator,
        pages: [],
        entries: entries.sort((a, b) => a.startedDateTime.localeCompare(b.startedDateTime)),
      },
    }),
    reset: () => {
      entries.length = 0
    },
    close: closeAll,
  }
}
