// `npm run lab`: runs every scenario on loopback with real software, records HAR files, replaces
// secrets with canaries, and writes fixtures/real/<id>.har plus the expected verdict.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAuthorizationServer } from './as.mjs'
import { mountMcp, startMcpServer } from './mcp-server.mjs'
import { startRecordingProxy } from './recording-proxy.mjs'
import { runSdkClient } from './sdk-client.mjs'
import { sanitizeHar } from './sanitize.mjs'
import { Agent, ProxyAgent, setGlobalDispatcher } from 'undici'
import { runInspector } from './inspector-client.mjs'
import { existsSync, readFileSync } from 'node:fs'
import { SCENARIOS } from './scenarios.mjs'
import { startFastMcpServer } from './fastmcp-server.mjs'
import { runMcpRemote } from './mcp-remote-client.mjs'

const OUT = join(import.meta.dirname, '..', 'fixtures', 'real')
mkdirSync(OUT, { recursive: true })
const only = process.argv[2]

/** The Inspector's own page assets are not evidence: their bodies are dropped, entries kept. */
function slimBrowserHar(har) {
  for (const e of har.log.entries) {
    if (/\.(js|css|svg|png|woff2?|ico)(\?|$)/.test(e.request.url) || /fonts\.g/.test(e.request.url)) {
      e.response.content = { size: e.response.content?.size ?? 0, mimeType: e.response.content?.mimeType ?? '', comment: 'Body dropped by the lab (static asset).' }
    }
  }
  return har
}
/** The scenario's authorization server and MCP server (one process each, or one for both). */
async function startServers(s, nextPort) {
  if (s.server === 'cloudflare') {
    const { startCloudflareProvider } = await import('./cloudflare-provider.mjs')
    const both = await startCloudflareProvider({ port: nextPort(), ...s.mcp })
    return { as: both, mcp: { url: both.url, close: async () => undefined } }
  }
  let mcpUrl = ''
  const mount = s.embedded ? { mount: (app, issuer) => { mcpUrl = mountMcp(app, { origin: issuer, issuer, ...s.mcp }) } } : {}
  const { startOpenAuth } = s.authServer === 'openauth' ? await import('./openauth-server.mjs') : {}
  const as = s.authServer === 'openauth' ? await startOpenAuth({ port: nextPort(), ...s.as }) : await startAuthorizationServer({ port: nextPort(), ...s.as, ...mount })
  if (s.embedded) return { as, mcp: { url: mcpUrl, close: async () => undefined } }
  const start = s.server === 'fastmcp' ? startFastMcpServer : startMcpServer
  // An OpenAuth app's MCP server checks tokens with OpenAuth's own library.
  const verifyToken = s.mcp.openAuthClientId ? (await import('./openauth-server.mjs')).openAuthVerifier(as.issuer, s.mcp.openAuthClientId) : undefined
  return { as, mcp: await start({ port: nextPort(), issuer: as.issuer, ...s.mcp, verifyToken }) }
}

async function runOpenAuthAppThroughProxy(issuer, mcpUrl, proxyUrl, clientID) {
  setGlobalDispatcher(new ProxyAgent(proxyUrl))
  const { runOpenAuthApp } = await import('./openauth-server.mjs')
  return runOpenAuthApp({ issuer, mcpUrl, clientID })
}

let port = 4410
for (const s of SCENARIOS.filter((x) => !only || x.id === only)) {
  // `embedded`: the MCP server is its own authorization server, on one origin (2025-03-26 style).
  const { as, mcp } = await startServers(s, () => port++)
  const proxy = await startRecordingProxy(port++)
  const deadline = setTimeout(() => { console.error(`${s.id}: timed out`); process.exit(1) }, 60_000)
  let outcome
  const browserHar = join(OUT, `.${s.id}.raw.har`)
  try {
    outcome = s.client === 'inspector' ? await runInspector({ mcpUrl: mcp.url, harPath: browserHar })
      : s.client === 'openauth-app' ? await runOpenAuthAppThroughProxy(as.issuer, mcp.url, proxy.url, s.mcp.openAuthClientId)
      : s.client === 'mcp-remote' ? await runMcpRemote({ mcpUrl: mcp.url, proxyUrl: proxy.url, args: s.clientArgs, callbackPort: port++ })
        : await runSdkClient({ sdk: s.sdk, mcpUrl: mcp.url, proxyUrl: proxy.url, clientName: 'lab client' })
  } catch (e) {
    outcome = `client threw: ${e.message}`
  }
  clearTimeout(deadline)
  // The SDK client pointed fetch at this scenario's proxy; the next scenario starts clean.
  setGlobalDispatcher(new Agent())
  if (s.client === 'inspector' && !existsSync(browserHar)) {
    console.error(`${s.id}: no capture (${outcome})`)
    process.exitCode = 1
    await proxy.close(); await mcp.close(); await as.close()
    continue
  }
  const recorded = s.client === 'inspector' ? slimBrowserHar(JSON.parse(readFileSync(browserHar, 'utf8'))) : proxy.har({ name: 'mcp-oauth-har lab proxy', version: '1', comment: '' })
  if (s.client === 'inspector') rmSync(browserHar, { force: true })
  // A client stuck in a retry loop records hundreds of repeats: the first 60 entries tell the story.
  if (s.client !== 'inspector') recorded.log.entries = recorded.log.entries.slice(0, 60)
  recorded.log.creator.comment = `${s.title} (client: ${s.client ?? s.sdk}; outcome: ${outcome})`
  const har = sanitizeHar(recorded)
  writeFileSync(join(OUT, `${s.id}.har`), JSON.stringify(har, null, 1) + '\n')
  writeFileSync(join(OUT, `${s.id}.expected.json`), JSON.stringify({ title: s.title, client: s.client ?? s.sdk, clientSays: outcome, ...s.expect }, null, 2) + '\n')
  console.log(`${s.id}: ${har.log.entries.length} entries; client says: ${outcome}`)
  await proxy.close()
  await mcp.close()
  await as.close()
}
process.exit(process.exitCode ?? 0)
