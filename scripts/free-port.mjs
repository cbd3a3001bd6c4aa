// A TCP port nobody listens on right now, so two checkouts (or a stray preview) never collide.
import { createServer } from 'node:net'

export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, host, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}
