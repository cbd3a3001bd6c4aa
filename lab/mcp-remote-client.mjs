// mcp-remote's own test client (`mcp-remote-client`, unmodified): connects, lists tools and exits.
// Its fetch goes through the recording proxy with its `--enable-proxy` option (HTTP_PROXY); the
// browser it opens for sign-in is `browser-open.mjs`, handed over in $BROWSER (the `open` package's
// xdg-open falls back to $BROWSER where no desktop is running).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CLIENT = join(import.meta.dirname, 'node_modules', 'mcp-remote', 'dist', 'client.js')

/** @param {{ mcpUrl: string, proxyUrl: string, args?: string[], callbackPort: number }} o */
export async function runMcpRemote(o) {
  const home = mkdtempSync(join(tmpdir(), 'lab-mcp-remote-'))
  const browserLog = join(home, 'browser.log')
  const env = {
    ...process.env,
    HOME: home,
    MCP_REMOTE_CONFIG_DIR: join(home, '.mcp-auth'),
    HTTP_PROXY: o.proxyUrl,
    HTTPS_PROXY: o.proxyUrl,
    NO_PROXY: '',
    no_proxy: '',
    LAB_PROXY: o.proxyUrl,
    BROWSER: join(import.meta.dirname, 'browser-open.mjs'),
    LAB_BROWSER_LOG: browserLog,
  }
  delete env.DISPLAY
  delete env.WAYLAND_DISPLAY
  const args = [CLIENT, o.mcpUrl, String(o.callbackPort), '--enable-proxy', '--host', '127.0.0.1', ...(o.args ?? [])]
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout.on('data', (c) => {
    output += c
  })
  child.stderr.on('data', (c) => {
    output += c
  })
  const code = await new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid)
      } catch {
        /* gone */
      }
      resolve('timeout')
    }, 25_000)
    child.on('exit', (c) => {
      clearTimeout(timer)
      resolve(c)
    })
  })
  if (process.env.LAB_DEBUG) console.error(output)
  let browser = ''
  try {
    browser = readFileSync(browserLog, 'utf8').trim().split('\n').join(', ')
  } catch {
    /* never opened */
  }
  rmSync(home, { recursive: true, force: true })
  // A schema error names the field the client refused (e.g. a token response without token_type).
  const zod = /"path": \[\s*"([^"]+)"[\s\S]*?"message": "([^"]+)"/.exec(output)
  const lastError = zod ? `rejected ${zod[1]}: ${zod[2]}` : (/(Fatal error|Error)[^\n]*/.exec(output)?.[0] ?? '')
  if (code === 0 && /Connected successfully/.test(output)) return 'connected'
  return `exit ${code}${browser ? `; browser: ${browser}` : ''}${lastError ? `; ${lastError.slice(0, 200)}` : ''}`
}
