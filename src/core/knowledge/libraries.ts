// Libraries and SDKs that appear in MCP OAuth reports: JWT validators and MCP SDKs. Naming one
// tells who printed an error (a jose `JWTClaimValidationFailed` is the MCP server's validator).
// One row per library, with where its error texts can be read.
import type { Party } from '../types.ts'

export interface Library {
  id: string
  name: string
  names: RegExp
  /** Whose code it usually runs in when it fails a connection. */
  runsIn: Party
  source: string
}

export const LIBRARIES: readonly Library[] = [
  {
    id: 'jose',
    name: 'jose (JavaScript)',
    names: /\bjose\b|JWTClaimValidationFailed|ERR_JWT_CLAIM_VALIDATION_FAILED/,
    runsIn: 'mcp-server',
    source: 'github.com/panva/jose',
  },
  {
    id: 'jsonwebtoken',
    name: 'jsonwebtoken (Node.js)',
    names: /\bjsonwebtoken\b|\bJsonWebTokenError\b|jwt audience invalid/i,
    runsIn: 'mcp-server',
    source: 'github.com/auth0/node-jsonwebtoken',
  },
  {
    id: 'pyjwt',
    name: 'PyJWT',
    names: /\bPyJWT\b|\bInvalidAudienceError\b/,
    runsIn: 'mcp-server',
    source: 'github.com/jpadilla/pyjwt',
  },
  { id: 'authlib', name: 'Authlib', names: /\bAuthlib\b/i, runsIn: 'mcp-server', source: 'github.com/authlib/authlib' },
  {
    id: 'identitymodel',
    name: 'Microsoft.IdentityModel',
    names: /Microsoft\.IdentityModel|\bIDX\d{5}\b/,
    runsIn: 'mcp-server',
    source: 'github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet',
  },
  {
    id: 'spring-security',
    name: 'Spring Security',
    names: /\bSpring Security\b|\bJwtValidationException\b/,
    runsIn: 'mcp-server',
    source: 'github.com/spring-projects/spring-security',
  },
  { id: 'go-jose', name: 'go-jose', names: /\bgo-jose\b/, runsIn: 'mcp-server', source: 'github.com/go-jose/go-jose' },
  {
    id: 'golang-jwt',
    name: 'golang-jwt',
    names: /\bgolang-jwt\b|token has invalid audience/,
    runsIn: 'mcp-server',
    source: 'github.com/golang-jwt/jwt',
  },
  {
    id: 'fastmcp',
    name: 'FastMCP',
    names: /\bFastMCP\b|\bOAuthProxy\b/i,
    runsIn: 'mcp-server',
    source: 'github.com/PrefectHQ/fastmcp',
  },
  {
    id: 'mcp-ts-sdk',
    name: 'MCP TypeScript SDK',
    names: /@modelcontextprotocol\/sdk|\btypescript[\s-]sdk\b/i,
    runsIn: 'client',
    source: 'github.com/modelcontextprotocol/typescript-sdk',
  },
  {
    id: 'mcp-python-sdk',
    name: 'MCP Python SDK',
    names: /\bmcp\.server\.auth\b|\bpython[\s-]sdk\b/i,
    runsIn: 'mcp-server',
    source: 'github.com/modelcontextprotocol/python-sdk',
  },
  {
    id: 'mcp-csharp-sdk',
    name: 'MCP C# SDK',
    names: /\bModelContextProtocol\.(?:Core|AspNetCore)\b|\bClientOAuthProvider\b|\bcsharp[\s-]sdk\b/,
    runsIn: 'client',
    source: 'github.com/modelcontextprotocol/csharp-sdk',
  },
  {
    id: 'vercel-ai-sdk',
    name: 'Vercel AI SDK',
    names: /@ai-sdk\/mcp|\bVercel AI SDK\b/i,
    runsIn: 'client',
    source: 'github.com/vercel/ai',
  },
]
