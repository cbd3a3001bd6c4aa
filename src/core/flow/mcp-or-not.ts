// Is this OAuth flow an MCP client connecting to an MCP server (PRODUCT.md §5.7)? A web app's
// "Sign in with Google" uses the same endpoints and parameters but none of MCP's rules apply.
import { getParam, splitUrl } from '../oauth/params.ts'
import type { FlowFacts } from './evidence.ts'

/** A resource URL whose path names an MCP endpoint (Streamable HTTP `/mcp`, legacy `/sse`). */
const MCP_PATH = /(^|\/)(mcp|sse)(\/|$)/i
/** Scopes MCP servers advertise (`mcp:tools`, `mcp.read`, …). */
const MCP_SCOPE = /(^|\s)mcp([:._-]|\s|$)/i

export function isMcpShapedUrl(url: string | null | undefined): boolean {
  const u = url ? splitUrl(url) : null
  return !!u && MCP_PATH.test(u.path)
}

export interface McpEvidence {
  mcp: boolean
  why: string
}

/** MCP when an MCP request, a protected resource metadata document, an MCP-shaped resource, a
 * known MCP client, an MCP scope or a client id metadata document URL is in the flow. */
export function mcpEvidence(f: FlowFacts): McpEvidence {
  if (f.flow.challenges.length || f.flow.mcp.length) return { mcp: true, why: 'MCP requests' }
  if (f.flow.prm.length) return { mcp: true, why: 'protected resource metadata' }
  const sent = [f.resource.authorize, f.resource.token, f.resource.refresh]
  const resources = sent.flatMap((r) => (r.state === 'present' ? [r.value] : []))
  if (resources.some(isMcpShapedUrl)) return { mcp: true, why: 'an MCP resource' }
  if (f.client) return { mcp: true, why: `the MCP client ${f.client.name}` }
  const scope = f.authorizeParams ? getParam(f.authorizeParams, 'scope') : undefined
  if (scope && MCP_SCOPE.test(scope)) return { mcp: true, why: 'an MCP scope' }
  if (f.clientId && /^https:\/\//i.test(f.clientId)) return { mcp: true, why: 'a client id metadata document' }
  return { mcp: false, why: 'no MCP request, protected resource metadata or MCP resource' }
}

export const isMcpFlow = (f: FlowFacts): boolean => mcpEvidence(f).mcp
