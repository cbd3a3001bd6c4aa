// Closes an HTTP server now: keep-alive and tunnelled sockets would otherwise hold it open.
export function trackSockets(server) {
  const sockets = new Set()
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  return () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy()
      server.close(() => resolve())
    })
}
