// Join a probe to a post or a capture (issue 15 item 3): claims and client-side evidence from the
// input, server-side facts from the wire. A fact the input asserts and the probe contradicts is
// called out; what the probe proved may raise confidence to `certain`.
import type { Finding, FlowReport, Party, Report, Verdict } from '../types.ts'
import { PROBE_RULES } from '../rules/probe-catalog.ts'
import { codeSpan } from '../scrub/code-span.ts'

const SERVER_SIDE = new Set(['mcp-server', 'authorization-server'])
/** Probe findings about the probe's own blind spot; the joined input is that client's side. */
const ONLY_ALONE = new Set(['probe.client-side.unknown'])
const PROBE = 'Probe: '

/** Probe entry numbers are the probe's own, not the input's: say so in the words. */
const probeWords = (m: string) => m.replace(/\bentry (\d+)/g, 'probe #$1').replace(/\bentries (\d+)/g, 'probe #$1')
const fromProbe = (f: Finding): Finding => ({
  ...f,
  message: PROBE + probeWords(f.message),
  entries: [],
  consequenceOf: undefined,
})
const noDot = (s: string) => s.replace(/\.$/, '')
const sentenceCase = (t: string) => t.charAt(0).toUpperCase() + t.slice(1)

function contradictions(base: Report, probe: Report, said: string): Finding[] {
  const a = base.flows[0]
  const b = probe.flows[0]
  if (!a || !b) return []
  const target = probe.input.name.replace(/^probe of /, '')
  const out: Finding[] = []
  const check = (what: string, claimed: string | null, seen: string | null, party: Party) => {
    if (!claimed || !seen || claimed === seen) return
    out.push({
      rule: 'probe.contradicts-input',
      status: 'fail',
      severity: 'warning',
      flow: a.id,
      party,
      title: PROBE_RULES['probe.contradicts-input']!.title,
      message:
        `${said} ${what} is ${codeSpan(claimed)}, but the server's discovery says ${codeSpan(seen)} ` +
        `(probe of ${target}). ` +
        'Trust the wire: fix whichever the client was given, or the metadata.',
      entries: [],
      spec: [],
      fix: [
        {
          party,
          text:
            `Make ${what} one exact string everywhere: in the metadata, in the client's configuration ` +
            'and in the token check.',
        },
      ],
    })
  }
  check('the protected resource (PRM `resource`)', a.advertisedResource, b.advertisedResource, 'mcp-server')
  const issuer = (f: FlowReport) => f.authorizationServer.issuer
  check('the authorization server issuer', issuer(a), issuer(b), 'authorization-server')
  return out
}

/** One finding per rule: the wire's verdict on server-side rules, the input's on the rest. */
function mergeFindings(base: Report, probe: Report, said: string): Finding[] {
  const probeByRule = new Map(probe.findings.filter((f) => !ONLY_ALONE.has(f.rule)).map((f) => [f.rule, f]))
  const out: Finding[] = []
  for (const f of base.findings) {
    const p = probeByRule.get(f.rule)
    if (!p || !SERVER_SIDE.has(f.party ?? '') || p.status === 'unknown') {
      out.push(f)
      continue
    }
    probeByRule.delete(f.rule)
    if (f.status === 'unknown') out.push(fromProbe(p))
    else if (f.status === 'fail' && p.status === 'pass') {
      // The wire disproves what the input showed: no longer a failure, and said so.
      const message =
        `${said}: ${noDot(f.message)}. The probe finds it correct: ${noDot(probeWords(p.message))} ` +
        '— fixed since, or not the server the input is about.'
      out.push({ ...f, status: 'unknown', fix: [], consequenceOf: undefined, message })
    } else if (f.status === 'pass' && p.status === 'fail') {
      const changed = ` (${said.toLowerCase()} this passing: changed since, or not the same server)`
      out.push({ ...fromProbe(p), message: PROBE + noDot(probeWords(p.message)) + changed + '.' })
    } else out.push(f)
  }
  const hasTokens = base.flows.some((fl) => fl.tokens.length > 0)
  for (const p of probeByRule.values()) {
    if (p.rule === 'probe.resource.unknown' && hasTokens) continue
    if (p.status === 'pass' && p.severity === 'info') continue
    if (SERVER_SIDE.has(p.party ?? '') || p.rule.startsWith('probe.')) out.push(fromProbe(p))
  }
  return [...out, ...contradictions(base, probe, said)]
}

function joinedVerdict(base: Report, probe: Report, findings: Finding[]): Verdict {
  const v = base.verdict
  const confirmed = v.rootCause && probe.findings.some((f) => f.rule === v.rootCause && f.status === 'fail')
  if (confirmed) {
    // The summary says the outcome first, then the confidence ("Failed: …. Likely: …").
    const summary = v.summary.replace(/(^|\. )(Likely|Possible|Certain): /, '$1Certain (the probe confirms it): ')
    return { ...v, confidence: 'certain', summary }
  }
  const disproved = v.rootCause && !findings.some((f) => f.rule === v.rootCause && f.status === 'fail')
  if (disproved) {
    for (const f of findings) if (f.consequenceOf === v.rootCause) f.consequenceOf = undefined
    const next = findings.find((f) => f.status === 'fail' && f.severity === 'error')
    const title = base.findings.find((f) => f.rule === v.rootCause)?.title ?? v.rootCause ?? ''
    const why = `what the input showed as the cause — ${title.toLowerCase()} — the probe finds correct`
    if (!next) {
      const summary = `${sentenceCase(why)}; no other failure is shown: capture the client's connection.`
      return { ...v, rootCause: null, party: null, confidence: 'possible', summary }
    }
    const confidence = next.message.startsWith(PROBE) ? 'certain' : v.confidence
    const summary = `${sentenceCase(confidence)}: ${next.message.replace(PROBE, '')} (${why})`
    return { ...v, rootCause: next.rule, party: next.party ?? null, confidence, summary }
  }
  const proven = findings.find(
    (f) =>
      f.status === 'fail' && f.severity === 'error' && f.message.startsWith(PROBE) && SERVER_SIDE.has(f.party ?? ''),
  )
  if (!v.rootCause && proven) {
    return {
      outcome: v.outcome === 'no-flow' || v.outcome === 'incomplete' ? 'failed' : v.outcome,
      summary: `Certain (proven by a probe): ${proven.message.replace(PROBE, '')}`,
      rootCause: proven.rule,
      party: proven.party ?? null,
      confidence: 'certain',
    }
  }
  return v
}

/** The input's flows, with server facts the input lacked filled in from the probe. */
function fillFlows(base: Report, probe: Report): FlowReport[] {
  const p = probe.flows[0]
  if (!p) return base.flows
  return base.flows.map((f, i) =>
    i > 0
      ? f
      : {
          ...f,
          mcpServerUrl: f.mcpServerUrl ?? p.mcpServerUrl,
          advertisedResource: f.advertisedResource ?? p.advertisedResource,
          authorizationServer: {
            issuer: f.authorizationServer.issuer ?? p.authorizationServer.issuer,
            vendor: f.authorizationServer.vendor ?? p.authorizationServer.vendor,
          },
        },
  )
}

export function joinProbe(base: Report, probe: Report): Report {
  const said = base.input.kind === 'text' ? 'The text says' : 'The capture shows'
  const findings = mergeFindings(base, probe, said)
  const target = probe.input.name.replace(/^probe of /, '')
  const note =
    probe.verdict.rootCause === 'probe.request.failed'
      ? `The probe of ${target} failed: ${probe.verdict.summary}`
      : `Joined with a probe of ${target} (${probe.input.entries} responses); findings marked "Probe:" come from the ` +
        "server's public discovery, not from the input."
  return {
    ...base,
    verdict: joinedVerdict(base, probe, findings),
    flows: fillFlows(base, probe),
    findings,
    completeness: [...base.completeness, note],
  }
}
