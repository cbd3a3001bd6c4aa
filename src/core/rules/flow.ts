// Cross-step rules (mcp-oauth-rules.md §3.10): what the capture is, and what it cannot show.
import { mcpAuth, mcpTransport, CHROME_SANITIZED } from './spec-refs.ts'
import { fail, pass, unknown, type Rule } from './rule.ts'

export const revisionDetect: Rule = {
  id: 'flow.revision.detect',
  title: 'Spec revision in play',
  severity: 'info',
  party: null,
  since: '2025-03-26',
  step: 'discovery',
  spec: (rev) => [mcpTransport(rev, 'Protocol Version Header')],
  check(f) {
    return pass(`Judged against MCP ${f.revision}: ${f.revisionSource}.`, [])
  },
}

export const discoveryAbsent: Rule = {
  id: 'flow.discovery.absent',
  title: 'Discovery not in the capture',
  severity: 'info',
  party: null,
  since: '2025-03-26',
  step: 'discovery',
  spec: (rev) => [mcpAuth(rev, 'Authorization Server Discovery')],
  check(f) {
    if (!f.flow.authorize) return null
    if (f.flow.challenges.length || f.flow.prm.length || f.flow.asMetadata.length)
      return pass('Discovery steps are in the capture.', [])
    return unknown(
      `The capture starts at the authorization request (entry ${f.flow.authorize.entry}): the 401 challenge and metadata requests ${f.client?.hosted ? `were made by ${f.client.name}'s servers` : 'happened outside this capture'}, so discovery rules cannot be checked.`,
      [f.flow.authorize.entry],
    )
  },
}

export const FLOW_RULES: Rule[] = [revisionDetect, discoveryAbsent]

/** Capture-wide rules run once, not per flow. */
export interface CaptureRule {
  id: string
  title: string
  spec: Rule['spec']
  check(c: import('./rule.ts').CaptureFacts): ReturnType<Rule['check']>
}

export const harSanitized: CaptureRule = {
  id: 'flow.har.sanitized',
  title: 'Credential headers were removed from the capture',
  spec: () => [CHROME_SANITIZED],
  check(c) {
    if (!c.flows.length) return null
    if (!c.sanitized.sanitized) return pass('Credential headers are present where expected.')
    return unknown(
      `This capture was sanitized: ${c.sanitized.how}. Checks of Authorization headers are "unknown", not failures. For a full capture enable DevTools → Settings → Preferences → Network → "Allow to generate HAR with sensitive data" and use "Export HAR (with sensitive data)".`,
    )
  },
}

export const multipleFlows: CaptureRule = {
  id: 'flow.multiple-flows',
  title: 'Several OAuth flows in one capture',
  spec: (rev) => [mcpAuth(rev, 'Authorization Flow Steps')],
  check(c) {
    if (c.flows.length <= 1) return c.flows.length ? pass('One OAuth flow in the capture.') : null
    const ids = c.flows.map((f) => f.flow.id).join(', ')
    const entries = c.flows.map((f) => f.flow.authorize?.entry).filter((e): e is number => e !== undefined)
    return fail(
      // Whether a later flow recovered is the verdict's to say, on the findings it concerns.
      `${c.flows.length} OAuth flows were correlated (${ids}); each is judged on its own.`,
      entries,
      { severity: 'info' },
    )
  },
}

export const CAPTURE_RULES: CaptureRule[] = [harSanitized, multipleFlows]
