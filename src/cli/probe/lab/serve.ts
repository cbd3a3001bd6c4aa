// `npx tsx src/cli/probe/lab/serve.ts <config>`: one probe-lab configuration on loopback until
// Ctrl-C, to try `mcp-oauth-har probe` by hand (the README's examples come from these).
import { startRealLab, type RealLabOptions } from './real-servers.mjs'

export const LAB_CONFIGS: Record<string, RealLabOptions> = {
  healthy: {},
  'prm-at-root': { prmAt: 'root' },
  'no-resource-indicators': { resourceIndicators: false },
  'cors-hides-challenge': { exposeWwwAuthenticate: false },
  'no-cors': { cors: false },
  'no-registration': { registration: false },
  'issuer-trailing-slash': { issuerTrailingSlash: true },
  'resource-trailing-slash': { resourceSuffix: '/' },
  'legacy-2025-03-26': { legacy: true },
}

const name = process.argv[2] ?? ''
const config = LAB_CONFIGS[name]
if (!config) {
  process.stderr.write(`Name a configuration: ${Object.keys(LAB_CONFIGS).join(', ')}\n`)
  process.exit(2)
}
const lab = await startRealLab(config)
process.stdout.write(`${name}: MCP server ${lab.mcpUrl}  (authorization server ${lab.asIssuer}); Ctrl-C stops it\n`)
process.on('SIGINT', () => void lab.close().then(() => process.exit(0)))
