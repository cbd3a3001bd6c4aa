// `npm run lab`: runs every scenario on loopback with real software, records HAR files, replaces
// secrets with canaries, and writes fixtures/real/<id>.har plus the expected verdict.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startRecordingProxy } from './recording-proxy.mjs'
import { sanitizeHar } from './sanitize.mjs'
import { Agent, setGlobalDispatcher } from 'undici'
import { existsSync, readFileSync } from 'node:fs'
import { SCENARIOS } from './scenarios.mjs'
import { startServers } from './servers.mjs'
import { runClient } from './clients.mjs'

const OUT = join(import.meta.dirname, '..', 'fixtures', 'real')
mkdirSync(OUT, { recursive: true })
const only = process.argv[2]

/** The Inspector's own page assets are not evidence: their bodies are dropped, entries kept. */
function slimBrowserHar(har) {
  for (const e of har.log.entries) {
    if (/\.(js|css|svg|png|woff2?|ico)(\?|$)/.test(e.request.url) || /fonts\.g/.test(e.request.url)) {
      e.response.content = {
        size: e.response.content?.size ?? 0,
        mimeType: e.response.content?.mimeType ?? '',
        comment: 'Body dropped by the lab (static asset).',
      }
    }
  }
  return har
}
let port = 4410
for (const s of SCENARIOS.filter((x) => !only || x.id === only)) {
  const nextPort = () => port++
  const { as, mcp } = await startServers(s, nextPort)
  const proxy = await startRecordingProxy(port++)
  const deadline = setTimeout(() => {
    console.error(`${s.id}: timed out`)
    process.exit(1)
  }, 60_000)
  let clientSays
  const browserHar = join(OUT, `.${s.id}.raw.har`)
  try {
    clientSays = await runClient(s, { as, mcp, proxy, browserHar, nextPort })
  } catch (e) {
    clientSays = `client threw: ${e.message}`
  }
  clearTimeout(deadline)
  // In-process clients pointed fetch at this scenario's proxy; the next scenario starts clean.
  setGlobalDispatcher(new Agent())
  if (s.client === 'inspector' && !existsSync(browserHar)) {
    console.error(`${s.id}: no capture (${clientSays})`)
    process.exitCode = 1
    await proxy.close()
    await mcp.close()
    await as.close()
    continue
  }
  const recorded =
    s.client === 'inspector'
      ? slimBrowserHar(JSON.parse(readFileSync(browserHar, 'utf8')))
      : proxy.har({ name: 'mcp-oauth-har lab proxy', version: '1', comment: '' })
  if (s.client === 'inspector') rmSync(browserHar, { force: true })
  // A client stuck in a retry loop records hundreds of repeats: the first 60 entries tell the story.
  if (s.client !== 'inspector') recorded.log.entries = recorded.log.entries.slice(0, 60)
  recorded.log.creator.comment = `${s.title} (client: ${s.client ?? s.sdk}; client says: ${clientSays})`
  const har = sanitizeHar(recorded)
  writeFileSync(join(OUT, `${s.id}.har`), JSON.stringify(har, null, 1) + '\n')
  const expected = { title: s.title, client: s.client ?? s.sdk, clientSays, ...s.expect }
  writeFileSync(join(OUT, `${s.id}.expected.json`), JSON.stringify(expected, null, 2) + '\n')
  console.log(`${s.id}: ${har.log.entries.length} entries; client says: ${clientSays}`)
  await proxy.close()
  await mcp.close()
  await as.close()
}
process.exit(process.exitCode ?? 0)
