// Runs a scenario's client against its servers; returns what the client itself reported.
import { ProxyAgent, setGlobalDispatcher } from 'undici'
import { runInspector } from './inspector-client.mjs'
import { runMcpRemote } from './mcp-remote-client.mjs'
import { runSdkClient } from './sdk-client.mjs'

/**
 * @param {object} s a scenario
 * @param {{ as: { issuer: string }, mcp: { url: string }, proxy: { url: string }, browserHar: string,
 *   nextPort: () => number }} o
 */
export async function runClient(s, o) {
  const mcpUrl = o.mcp.url
  if (s.client === 'inspector') return runInspector({ mcpUrl, harPath: o.browserHar })
  if (s.client === 'mcp-remote') {
    // Arguments may depend on the MCP server's URL (its port is chosen at run time).
    const args = typeof s.clientArgs === 'function' ? s.clientArgs(mcpUrl) : s.clientArgs
    return runMcpRemote({ mcpUrl, proxyUrl: o.proxy.url, args, callbackPort: o.nextPort() })
  }
  if (s.client === 'openauth-app') {
    setGlobalDispatcher(new ProxyAgent(o.proxy.url))
    const { runOpenAuthApp } = await import('./openauth-server.mjs')
    return runOpenAuthApp({ issuer: o.as.issuer, mcpUrl, clientID: s.mcp.openAuthClientId })
  }
  return runSdkClient({ sdk: s.sdk, mcpUrl, proxyUrl: o.proxy.url, clientName: 'lab client' })
}
