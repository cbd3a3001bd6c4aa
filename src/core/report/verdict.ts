// The verdict (PRODUCT.md §5.7): the earliest causal failure, one sentence, the party that must
// act, and how sure we are. Later failures are marked as its consequences.
import type { Confidence, Exchange, Finding, Outcome, Verdict } from '../types.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { hostOf } from '../oauth/params.ts'

/** Failures observed directly in a response: they need no inference. */
const DEFINITIVE = new Set([
  'callback.error', 'token.response.error', 'refresh.response.error', 'mcp.401.after-token', 'dcr.response.status',
  'authorize.as-error-page', 'prm.http-status', 'asmeta.http-status', 'pkce.verifier.mismatch', 'aud.equals-client-id',
  'aud.near-miss', 'aud.mismatch', 'discovery.www-authenticate.missing', 'prm.resource.mismatch', 'asmeta.issuer.mismatch',
])

/** Discovery detours that did not stop the client: when its flow still got a token, they are not
 * why the connection failed (a later failure is). */
const DETOURS = new Set(['prm.not-requested', 'prm.http-status', 'asmeta.http-status', 'discovery.resource-metadata.missing', 'discovery.www-authenticate.missing'])

function gotToken(flowId: string | null, flows: readonly FlowFacts[]): boolean {
  const f = flows.find((x) => x.flow.id === flowId)
  return !!f && [...f.flow.tokens, ...f.flow.refreshes].some((ex) => ex.status === 200)
}

const firstEntry = (f: Finding) => (f.entries.length ? Math.min(...f.entries) : Number.POSITIVE_INFINITY)

function byCause(a: Finding, b: Finding): number {
  return firstEntry(a) - firstEntry(b)
}

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const lowerFirst = (s: string) => (/^The /.test(s) ? 't' + s.slice(1) : s)

/** `maxConfidence` caps what indirect evidence (pasted text) can claim. */
export function decideVerdict(findings: Finding[], flows: readonly FlowFacts[], exchanges: readonly Exchange[], maxConfidence: Confidence = 'certain'): Verdict {
  if (!flows.length && !findings.some((f) => f.status === 'fail')) return noFlowVerdict(exchanges)
  const outcome = decideOutcome(findings, flows)
  const errors = findings.filter((f) => f.status === 'fail' && f.severity === 'error').sort(byCause)
  const warnings = findings.filter((f) => f.status === 'fail' && f.severity === 'warning').sort(byCause)
  const root = errors.find((f) => !(DETOURS.has(f.rule) && gotToken(f.flow, flows))) ?? errors[0] ?? warnings[0]
  if (!root) {
    const unknowns = findings.filter((f) => f.status === 'unknown' && f.severity !== 'info')
    return {
      outcome,
      summary: unknowns.length
        ? `No failure is visible in this capture, but ${unknowns.length} check${unknowns.length === 1 ? '' : 's'} could not be made (${[...new Set(unknowns.map((u) => u.rule))].slice(0, 3).join(', ')}); see the capture notes for what to capture next.`
        : 'No failure found: every step the capture shows follows the MCP authorization spec.',
      rootCause: null,
      party: null,
      confidence: unknowns.length ? 'possible' : 'likely',
    }
  }
  for (const f of [...errors, ...warnings]) if (f !== root && firstEntry(f) >= firstEntry(root)) f.consequenceOf = root.rule
  const sameFlow = errors.filter((f) => f.flow === root.flow && f !== root)
  const confirmed = DEFINITIVE.has(root.rule) || sameFlow.some((f) => DEFINITIVE.has(f.rule))
  const raw: Confidence = root.severity === 'warning' ? 'possible' : confirmed ? 'certain' : 'likely'
  const confidence: Confidence = raw === 'certain' && maxConfidence !== 'certain' ? maxConfidence : raw
  const rejection = sameFlow.find((f) => f.rule === 'mcp.401.after-token')
  const tail = rejection && !/rejected it/.test(root.message) ? ` Then ${lowerFirst(rejection.message.replace(/ — .*$/, '').replace(/\.$/, ''))}.` : ''
  return {
    outcome,
    summary: `${sentenceCase(confidence)}: ${root.message}${tail}`,
    rootCause: root.rule,
    party: root.party ?? null,
    confidence,
  }
}

function noFlowVerdict(exchanges: readonly Exchange[]): Verdict {
  const hosts = new Map<string, number>()
  for (const ex of exchanges) {
    const h = hostOf(ex.url)
    if (h) hosts.set(h, (hosts.get(h) ?? 0) + 1)
  }
  const top = [...hosts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([h, n]) => `${h} (${n})`)
  const what = exchanges.length ? `${exchanges.length} request${exchanges.length === 1 ? '' : 's'}${top.length ? ', mostly to ' + top.join(', ') : ''}` : 'no requests'
  return {
    outcome: 'no-flow',
    summary: `No MCP OAuth flow found: the capture has ${what}, but no 401 challenge, protected resource metadata, authorization request or token request. Capture again with "Preserve log" on, from before you click Connect.`,
    rootCause: null,
    party: null,
    confidence: 'certain',
  }
}

/** PRODUCT §5.7: `connected` when an MCP request carrying a token got a success answer; `failed` when
 * something failed; otherwise the capture ends before the outcome shows. */
export function decideOutcome(findings: readonly Finding[], flows: readonly FlowFacts[]): Outcome {
  if (!flows.length) return findings.some((f) => f.status === 'fail' && f.severity === 'error') ? 'failed' : 'no-flow'
  const bearer = (h: { name: string; value: string }) => h.name === 'authorization' && /^bearer\s/i.test(h.value)
  const connected = flows.some((f) => f.flow.mcp.some((ex) => ex.status >= 200 && ex.status < 300 && ex.requestHeaders.some(bearer)))
  if (connected) return 'connected'
  return findings.some((f) => f.status === 'fail' && f.severity === 'error') ? 'failed' : 'incomplete'
}
