// `npm run lab`: runs every scenario on loopback with real software, records HAR files, replaces
// secrets with canaries, and writes fixtures/real/<id>.har plus the expected verdict.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAuthorizationServer } from './as.mjs'
import { mountMcp, startMcpServer } from './mcp-server.mjs'
import { startRecordingProxy } from './recording-proxy.mjs'
import { runSdkClient } from './sdk-client.mjs'
import { sanitizeHar } from './sanitize.mjs'
import { SCENARIOS } from './scenarios.mjs'

const OUT = join(import.meta.dirname, '..', 'fixtures', 'real')
mkdirSync(OUT, { recursive: true })
const only = process.argv[2]
let port = 4410
for (const s of SCENARIOS.filter((x) => !only || x.id === only)) {
  // `embedded`: the MCP server is its own authorization server, on one origin (2025-03-26 style).
  let mcpUrl = ''
  const as = await startAuthorizationServer({ port: port++, ...s.as, ...(s.embedded ? { mount: (app, issuer) => { mcpUrl = mountMcp(app, { origin: issuer, issuer, ...s.mcp }) } } : {}) })
  const mcp = s.embedded ? { url: mcpUrl, close: async () => undefined } : await startMcpServer({ port: port++, issuer: as.issuer, ...s.mcp })
  const proxy = await startRecordingProxy(port++)
  const deadline = setTimeout(() => { console.error(`${s.id}: timed out`); process.exit(1) }, 30_000)
  let outcome
  try {
    outcome = await runSdkClient({ sdk: s.sdk, mcpUrl: mcp.url, proxyUrl: proxy.url, clientName: 'lab client' })
  } catch (e) {
    outcome = `client threw: ${e.message}`
  }
  clearTimeout(deadline)
  const recorded = proxy.har({ name: 'mcp-oauth-har lab proxy', version: '1', comment: '' })
  // A client stuck in a retry loop records hundreds of repeats: the first 60 entries tell the story.
  recorded.log.entries = recorded.log.entries.slice(0, 60)
  recorded.log.creator.comment = `${s.title} (client: ${s.sdk}; outcome: ${outcome})`
  const har = sanitizeHar(recorded)
  writeFileSync(join(OUT, `${s.id}.har`), JSON.stringify(har, null, 1) + '\n')
  writeFileSync(join(OUT, `${s.id}.expected.json`), JSON.stringify({ title: s.title, client: s.sdk, outcome, ...s.expect }, null, 2) + '\n')
  console.log(`${s.id}: ${har.log.entries.length} entries; client says: ${outcome}`)
  await proxy.close()
  await mcp.close()
  await as.close()
}
process.exit(0)
