// Client fingerprints (clients-and-servers.md §B.1): redirect URIs, CIMD client ids, DCR
// client names and user agents. First match wins; every row names its public source.

export interface ClientFingerprint {
  product: string
  name: string
  /** How people name it in prose ("VS Code", "Claude Desktop", "codex mcp login"): the text path reads these. */
  names?: RegExp
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
  {
    product: 'copilot-studio',
    names: /copilot[\s-]*studio|power\s*(?:platform|automate)\s*connector/i,
    name: 'Microsoft Copilot Studio',
    redirectUri: /^https:\/\/global\.consent\.azure-apim\.net\/redirect\//i,
    hosted: true,
    sendsResource: false,
    source:
      'SmartBear/smartbear-mcp #463; tableau/tableau-mcp #772; Power Platform Community thread on dynamic discovery (no resource)',
  },
  {
    product: 'claude-code',
    names: /\bclaude[\s-]*code\b|\bclaude\s+mcp\s+add\b/i,
    name: 'Claude Code',
    clientId: /^https:\/\/claude\.ai\/oauth\/claude-code-client-metadata/i,
    clientName: /^Claude Code/i,
    hosted: false,
    source: 'anthropics/claude-code #66511',
  },
  {
    product: 'claude-ai',
    names:
      /\bclaude\.ai\b|\bclaude[\s-]*desktop\b|\bclaude(?:'s)?\s+(?:mcp\s+)?(?:custom\s+)?connectors?\b|\bclaude\b(?![\s-]*code\b|\.com\/)/i,
    name: 'claude.ai / Claude Desktop connector',
    redirectUri: /^https:\/\/claude\.(ai|com)\/api\/mcp\/auth_callback/i,
    clientName: /^Claude$/i,
    hosted: true,
    sendsResource: true,
    source: 'anthropics/claude-ai-mcp #124, #1043',
  },
  {
    product: 'codex',
    names: /\bcodex(?:[\s-]*cli)?\b/i,
    name: 'OpenAI Codex',
    clientId: /^https:\/\/chatgpt\.com\/oauth\/codex\/client\.json/i,
    hosted: false,
    source: 'vm0-ai/vm0 PR #34954',
  },
  {
    product: 'chatgpt',
    names: /\bchat\s*gpt\b/i,
    name: 'ChatGPT connector',
    redirectUri: /^https:\/\/chatgpt\.com\/(connector\/oauth\/|connector_platform_oauth_redirect)/i,
    hosted: true,
    source: 'makeplane/plane-mcp-server PR #165',
  },
  {
    product: 'vscode',
    names: /\bvs\s*code\b|\bvisual studio code\b|\bvscode\b/i,
    name: 'VS Code',
    redirectUri: /^https:\/\/(insiders\.)?vscode\.dev\/redirect$|^http:\/\/127\.0\.0\.1:33418\/$/i,
    clientName: /Visual Studio Code|VS ?Code/i,
    hosted: false,
    source: 'microsoft/vscode #278512',
  },
  {
    product: 'cursor',
    names: /\bcursor\b(?![-\w])(?!\s*(?:=|:|based|pagination|position))/i,
    name: 'Cursor',
    redirectUri: /^cursor:\/\/anysphere\.cursor-mcp\/|^https:\/\/www\.cursor\.com\/agents\/mcp\/oauth\/callback/i,
    clientName: /^Cursor/i,
    hosted: false,
    source: 'erp-mafia/accounted PR #2225',
  },
  {
    product: 'mcp-inspector',
    names: /\bmcp[\s-]*inspector\b/i,
    name: 'MCP Inspector',
    redirectUri: /^http:\/\/localhost:6274\/oauth\/callback/i,
    clientName: /^MCP Inspector/i,
    hosted: false,
    source: 'modelcontextprotocol/inspector AuthDebuggerFlow.tsx',
  },
  {
    product: 'mcpjam',
    names: /\bmcp\s*jam\b/i,
    name: 'MCPJam',
    clientId: /^https:\/\/www\.mcpjam\.com\/\.well-known\/oauth\/client-metadata\.json/i,
    hosted: false,
    source: 'MCPJam/inspector debug-oauth-2025-11-25.ts',
  },
  {
    product: 'mcp-remote',
    names: /\bmcp-remote\b/i,
    name: 'mcp-remote',
    clientName: /^MCP CLI Client$/,
    redirectUri: /^http:\/\/localhost:\d+\/oauth\/callback$/,
    hosted: false,
    source: 'punkpeye/mcp-remote #232',
  },
  {
    product: 'gemini-cli',
    names: /\bgemini[\s-]*cli\b/i,
    name: 'Gemini CLI',
    redirectUri: /^http:\/\/localhost:7777\/oauth\/callback/i,
    hosted: false,
    source: 'google-gemini/gemini-cli PR #7465',
  },
  {
    product: 'goose',
    names: /\bgoose\b/i,
    name: 'Goose',
    clientId: /^https:\/\/goose-docs\.ai\/oauth\/client-metadata\.json/i,
    clientName: /^Goose$/,
    hosted: false,
    source: 'aaif-goose/goose PR #8550',
  },
  {
    product: 'librechat',
    names: /\blibre\s*chat\b/i,
    name: 'LibreChat',
    redirectUri: /\/api\/mcp\/[^/]+\/oauth\/callback$/i,
    hosted: true,
    source: 'LibreChat-AI/librechat.ai #388',
  },
  {
    product: 'windsurf',
    names: /\bwindsurf\b/i,
    name: 'Windsurf',
    clientName: /^Windsurf/i,
    hosted: false,
    source: 'supabase/mcp #183',
  },
  {
    product: 'copilot-cli',
    names: /\bcopilot[\s-]*cli\b/i,
    name: 'GitHub Copilot CLI',
    clientName: /Copilot CLI/i,
    hosted: false,
    source: 'github/copilot-cli #4582',
  },
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
