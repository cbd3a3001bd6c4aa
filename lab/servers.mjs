// Starts a scenario's authorization server and MCP server (one process each, or one for both).
import { startAuthorizationServer } from './as.mjs'
import { startFastMcpServer } from './fastmcp-server.mjs'
import { mountMcp, startMcpServer } from './mcp-server.mjs'

const noClose = async () => undefined

/** @param {object} s a scenario @param {() => number} nextPort */
export async function startServers(s, nextPort) {
  if (s.server === 'cloudflare') {
    // Imported only here: it registers a module hook for `cloudflare:workers`.
    const { startCloudflareProvider } = await import('./cloudflare-provider.mjs')
    const both = await startCloudflareProvider({ port: nextPort(), ...s.mcp })
    return { as: both, mcp: { url: both.url, close: noClose } }
  }
  if (s.authServer === 'openauth') {
    const { openAuthVerifier, startOpenAuth } = await import('./openauth-server.mjs')
    const as = await startOpenAuth({ port: nextPort(), ...s.as })
    // An OpenAuth app's MCP server checks tokens with OpenAuth's own library.
    const id = s.mcp.openAuthClientId
    const verifyToken = id ? openAuthVerifier(as.issuer, id) : undefined
    return { as, mcp: await startMcpServer({ port: nextPort(), issuer: as.issuer, ...s.mcp, verifyToken }) }
  }
  if (s.embedded) {
    // The MCP server is its own authorization server, on one origin (2025-03-26 style).
    let url = ''
    const mount = (app, issuer) => {
      url = mountMcp(app, { origin: issuer, issuer, ...s.mcp })
    }
    const as = await startAuthorizationServer({ port: nextPort(), ...s.as, mount })
    return { as, mcp: { url, close: noClose } }
  }
  const as = await startAuthorizationServer({ port: nextPort(), ...s.as })
  const start = s.server === 'fastmcp' ? startFastMcpServer : startMcpServer
  return { as, mcp: await start({ port: nextPort(), issuer: as.issuer, ...s.mcp }) }
}
