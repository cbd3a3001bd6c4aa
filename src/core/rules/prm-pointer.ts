// Where the MCP server points clients for its protected resource metadata (RFC 9728 §5.1 challenge).
import { challengeOf } from '../flow/exchange-helpers.ts'
import type { FlowFacts } from '../flow/evidence.ts'

/** The PRM URL the server's 401 challenge names, if any. */
export function pointer(f: FlowFacts): { url: string; entry: number } | null {
  for (const ex of f.flow.challenges) {
    const url = challengeOf(ex)?.params.resource_metadata
    if (url) return { url, entry: ex.entry }
  }
  return null
}
