// The verdict's sentences: the outcome in plain words first (PRODUCT.md §5.7), then the cause.
import type { Confidence, Exchange, Finding, Outcome } from '../types.ts'
import type { Step } from '../rules/rule.ts'
import { hostOf } from '../oauth/params.ts'
import { ruleById } from '../rules/index.ts'
import type { FlowJudgement } from './flow-judgement.ts'

/** Where the connection stopped, by the step of the refusal that stopped it. */
const STOPPED_AT: Record<Step, string> = {
  discovery: "the MCP server's 401 gave the client no way to find the authorization server",
  prm: 'the protected resource metadata could not be fetched',
  'as-metadata': 'no authorization server metadata was found',
  registration: 'client registration was refused',
  authorize: 'the authorization server refused the authorization request',
  callback: 'the authorization server sent an error back instead of a code',
  token: 'the token exchange failed',
  refresh: 'the token refresh was refused',
  'access-token': 'the access token was unusable',
  mcp: 'the MCP server rejected the token',
}

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** Lower-cases a sentence's first word to continue a sentence, but not an acronym or a name in code. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s)
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function outcomeSentence(outcome: Outcome, j: FlowJudgement, all: readonly FlowJudgement[]): string {
  if (outcome === 'connected') {
    const last = [...all].reverse().find((x) => x.outcome === 'connected' && x.answer)
    const retried = all.some((x) => x.recovered)
    const where = last?.answer ? ` (entry ${last.answer.entry}, HTTP ${last.answer.status})` : ''
    return `Connected: the MCP server accepted the token${where}${retried ? ' after an earlier attempt failed' : ''}.`
  }
  if (outcome === 'failed') {
    const root = j.cause?.root
    if (j.cause?.stopped && root)
      return `Failed: the flow stopped at entry ${Math.max(...root.entries)}, where the client had no way on.`
    const b = j.cause?.breakage
    const step = b ? stepOf(b) : 'mcp'
    const entry = b ? Math.max(...b.entries) : j.answer?.entry
    return `Failed: ${STOPPED_AT[step]}${entry !== undefined && Number.isFinite(entry) ? ` (entry ${entry})` : ''}.`
  }
  return 'Not connected in this capture: it ends before the MCP server answered a request made with the token.'
}

const stepOf = (f: Finding): Step => ruleById(f.rule)?.step ?? 'mcp'

type Said = { root: Finding; breakage: Finding | null; confidence: Confidence }

/** The cause's own sentence; without one, a recovered attempt, latent warnings or unknowns. */
export function rootSentence(
  cause: Said | null,
  unknowns: readonly Finding[],
  latent: readonly Finding[],
  earlier: Finding | null = null,
): string {
  if (cause) {
    const { root, breakage, confidence } = cause
    // The observed refusal, short, unless the cause's sentence already says it.
    const refusal = breakage ? lowerFirst(breakage.message.replace(/ — .*$/, '').replace(/\.$/, '')) : ''
    const then = breakage && breakage !== root && !/rejected it/.test(root.message) ? ` Then ${refusal}.` : ''
    return `${sentenceCase(confidence)}: ${root.message}${then}`
  }
  if (earlier) return `The earlier attempt (${earlier.flow}) failed because: ${earlier.message}`
  if (latent.length) {
    const more = latent.length > 1 ? ` (and ${plural(latent.length - 1, 'more warning')})` : ''
    return `Worth fixing, although it worked here: ${latent[0]!.message}${more}`
  }
  if (unknowns.length) {
    const ids = [...new Set(unknowns.map((u) => u.rule))].slice(0, 3).join(', ')
    const checks = plural(unknowns.length, 'check')
    return (
      `No failure found explains where it ends, but ${checks} could not be made (${ids}); ` +
      'see the capture notes for what to capture next.'
    )
  }
  return 'No failure found: every step the capture shows follows the MCP authorization spec.'
}

/** Appended to an error on a flow that connected anyway (or was retried and connected). */
export function connectedNote(f: Finding, j: FlowJudgement, step: Step | undefined): string {
  if (j.recovered && j.outcome !== 'connected') {
    return 'A later attempt to the same MCP server connected, so this is not why the connection failed.'
  }
  const early = step === 'discovery' || step === 'prm' || step === 'as-metadata' || step === 'registration'
  if (f.party && f.party !== 'client' && early) {
    return `It worked with this client; a client that follows MCP ${j.facts.revision} strictly would stop here.`
  }
  return 'The connection worked despite this; fix it before a stricter peer refuses it.'
}

export function noFlowSummary(exchanges: readonly Exchange[], judged: readonly FlowJudgement[]): string {
  const hosts = new Map<string, number>()
  for (const ex of exchanges) {
    const h = hostOf(ex.url)
    if (h) hosts.set(h, (hosts.get(h) ?? 0) + 1)
  }
  const top = [...hosts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([h, n]) => `${h} (${n})`)
  const mostly = top.length ? ', mostly to ' + top.join(', ') : ''
  const what = exchanges.length ? `${plural(exchanges.length, 'request')}${mostly}` : 'no requests'
  if (judged.length) {
    const as = [...new Set(judged.flatMap((j) => (j.facts.flow.authorize ? [hostOf(j.facts.flow.authorize.url)] : [])))]
    const hosts = as.length ? ` (${as.join(', ')})` : ''
    const signIns = plural(judged.length, 'OAuth sign-in')
    return (
      `No MCP connection in this capture: it has ${signIns}${hosts}, but no MCP request, ` +
      "protected resource metadata or MCP resource, so MCP's rules do not apply; its findings are informational. " +
      'To diagnose an MCP connection, capture again from before you click Connect.'
    )
  }
  return (
    `No MCP OAuth flow found: the capture has ${what}, but no 401 challenge, protected resource metadata, ` +
    'authorization request or token request. Capture again with "Preserve log" on, from before you click Connect.'
  )
}
