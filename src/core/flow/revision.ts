// Which MCP spec revision the peers speak (mcp-oauth-rules.md `flow.revision.detect`): the
// MCP-Protocol-Version header, then `protocolVersion` in initialize, then discovery shape.
import type { Exchange, Revision } from '../types.ts'
import { challengeOf, requestHeader, requestJson, responseJson } from './exchange-helpers.ts'
import type { FlowModel } from './model.ts'

export const REVISIONS: readonly Revision[] = ['2025-03-26', '2025-06-18', '2025-11-25', '2026-07-28']
export const LATEST: Revision = '2026-07-28'

/** The revision in force for a dated version string: the newest revision not after it. */
export function revisionFor(version: string): Revision | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(version)) return null
  let found: Revision | null = null
  for (const r of REVISIONS) if (r <= version) found = r
  return found
}

export function atLeast(rev: Revision, min: Revision): boolean {
  return rev >= min
}

function versionOf(ex: Exchange): string | null {
  const header = requestHeader(ex, 'mcp-protocol-version')
  if (header) return header.trim()
  const req = requestJson(ex)
  const params = req?.params as Record<string, unknown> | undefined
  const meta = params?._meta as Record<string, unknown> | undefined
  const fromMeta = meta?.['io.modelcontextprotocol/protocolVersion']
  if (typeof fromMeta === 'string') return fromMeta
  if (req?.method === 'initialize') {
    const result = responseJson(ex)?.result as Record<string, unknown> | undefined
    if (typeof result?.protocolVersion === 'string') return result.protocolVersion
    if (typeof params?.protocolVersion === 'string') return params.protocolVersion
  }
  return null
}

/** A server that points to protected resource metadata speaks 2025-06-18 or later (RFC 9728). */
function serverNeedsPrm(f: FlowModel): Exchange | undefined {
  return f.challenges.find((ex) => challengeOf(ex)?.params.resource_metadata) ?? f.prm.find((ex) => ex.status === 200)
}

export function detectRevision(f: FlowModel): { revision: Revision; source: string } {
  for (const ex of [...f.challenges, ...f.mcp, ...f.prm, ...f.asMetadata]) {
    const v = versionOf(ex)
    const rev = v ? revisionFor(v) : null
    if (!rev) continue
    // An older client against a newer server is judged by what the server requires.
    const server = rev < '2025-06-18' ? serverNeedsPrm(f) : undefined
    if (server)
      return {
        revision: '2025-06-18',
        source: `the client declared ${v} (entry ${ex.entry}), but the server uses protected resource metadata (entry ${server.entry}), which needs 2025-06-18 or later`,
      }
    return { revision: rev, source: `protocol version ${v} (entry ${ex.entry})` }
  }
  if (f.prm.length)
    return {
      revision: LATEST,
      source:
        'not stated; protected resource metadata was used (2025-06-18 or later), judged against the latest revision',
    }
  return { revision: LATEST, source: 'not stated in the capture; judged against the latest revision' }
}
