// Client fingerprints (clients-and-servers.md §B.1): redirect URIs, CIMD client ids, DCR
// client names and user agents. First match wins; every row names its public source.

export interface ClientFingerprint {
  product: string
  name: string
  redirectUri?: RegExp
  clientId?: RegExp
  clientName?: RegExp
  userAgent?: RegExp
  /** Hosted clients exchange the code on their backend: no token request in a browser HAR. */
  hosted: boolean
  /** Known behaviour with RFC 8707 `resource` (false: reported not to send it). */
  sendsResource?: boolean
  source: string
}

export const CLIENTS: readonly ClientFingerprint[] = [
  { product: 'copilot-studio', name: 'Microsoft Copilot Studio', redirectUri: /^https:\/\/global\.consent\.azure-apim\.net\/redirect\//i, hosted: true, sendsResource: false, source: 'SmartBear/smartbear-mcp #463; tableau/tableau-mcp #772; Power Platform Community thread on dynamic discovery (no resource)' },
  { product: 'claude-code', name: 'Claude Code', clientId: /^https:\/\/claude\.ai\/oauth\/claude-code-client-metadata/i, clientName: /^Claude Code/i, hosted: false, source: 'anthropics/claude-code #66511' },
  { product: 'claude-ai', name: 'claude.ai / Claude Desktop connector', redirectUri: /^https:\/\/claude\.(ai|com)\/api\/mcp\/auth_callback/i, clientName: /^Claude$/i, hosted: true, sendsResource: true, source: 'anthropics/claude-ai-mcp #124, #1043' },
  { product: 'codex', name: 'OpenAI Codex', clientId: /^https:\/\/chatgpt\.com\/oauth\/codex\/client\.json/i, hosted: false, source: 'vm0-ai/vm0 PR #34954' },
  { product: 'chatgpt', name: 'ChatGPT connector', redirectUri: /^https:\/\/chatgpt\.com\/(connector\/oauth\/|connector_platform_oauth_redirect)/i, hosted: true, source: 'makeplane/plane-mcp-server PR #165' },
  { product: 'vscode', name: 'VS Code', redirectUri: /^https:\/\/(insiders\.)?vscode\.dev\/redirect$|^http:\/\/127\.0\.0\.1:33418\/$/i, clientName: /Visual Studio Code|VS ?Code/i, hosted: false, source: 'microsoft/vscode #278512' },
  { product: 'cursor', name: 'Cursor', redirectUri: /^cursor:\/\/anysphere\.cursor-mcp\/|^https:\/\/www\.cursor\.com\/agents\/mcp\/oauth\/callback/i, clientName: /^Cursor/i, hosted: false, source: 'erp-mafia/accounted PR #2225' },
  { product: 'mcp-inspector', name: 'MCP Inspector', redirectUri: /^http:\/\/localhost:6274\/oauth\/callback/i, clientName: /^MCP Inspector/i, hosted: false, source: 'modelcontextprotocol/inspector AuthDebuggerFlow.tsx' },
  { product: 'mcpjam', name: 'MCPJam', clientId: /^https:\/\/www\.mcpjam\.com\/\.well-known\/oauth\/client-metadata\.json/i, hosted: false, source: 'MCPJam/inspector debug-oauth-2025-11-25.ts' },
  { product: 'mcp-remote', name: 'mcp-remote', clientName: /^MCP CLI Client$/, redirectUri: /^http:\/\/localhost:\d+\/oauth\/callback$/, hosted: false, source: 'punkpeye/mcp-remote #232' },
  { product: 'gemini-cli', name: 'Gemini CLI', redirectUri: /^http:\/\/localhost:7777\/oauth\/callback/i, hosted: false, source: 'google-gemini/gemini-cli PR #7465' },
  { product: 'goose', name: 'Goose', clientId: /^https:\/\/goose-docs\.ai\/oauth\/client-metadata\.json/i, clientName: /^Goose$/, hosted: false, source: 'aaif-goose/goose PR #8550' },
  { product: 'librechat', name: 'LibreChat', redirectUri: /\/api\/mcp\/[^/]+\/oauth\/callback$/i, hosted: true, source: 'LibreChat-AI/librechat.ai #388' },
  { product: 'windsurf', name: 'Windsurf', clientName: /^Windsurf/i, hosted: false, source: 'supabase/mcp #183' },
  { product: 'copilot-cli', name: 'GitHub Copilot CLI', clientName: /Copilot CLI/i, hosted: false, source: 'github/copilot-cli #4582' },
]

export interface ClientClues {
  redirectUris: string[]
  clientIds: string[]
  clientNames: string[]
  userAgents: string[]
}

export function detectClient(clues: ClientClues): ClientFingerprint | null {
  for (const c of CLIENTS) {
    if (c.clientId && clues.clientIds.some((v) => c.clientId!.test(v))) return c
    if (c.redirectUri && clues.redirectUris.some((v) => c.redirectUri!.test(v))) return c
    if (c.clientName && clues.clientNames.some((v) => c.clientName!.test(v))) return c
    if (c.userAgent && clues.userAgents.some((v) => c.userAgent!.test(v))) return c
  }
  return null
}

export function clientByProduct(product: string | null): ClientFingerprint | null {
  return CLIENTS.find((c) => c.product === product) ?? null
}
