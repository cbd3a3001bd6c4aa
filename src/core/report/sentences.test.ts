// Every sentence the report says is checked against the report's own facts (issue 13): for each
// story fixture and each real lab capture, findings and the verdict must not contradict the flow
// facts, the audience table or the confidence they come with.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { analyzeCapture } from '../index.ts'
import { splitCodeSpans } from '../scrub/code-span.ts'
import type { AudienceValue, Finding, FlowReport, Report } from '../types.ts'

const REAL = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'real')
const encode = (x: unknown) => new TextEncoder().encode(JSON.stringify(x))
const CASES: [string, () => Report][] = [
  ...STORIES.map((s): [string, () => Report] => [s.id, () => analyzeCapture(encode(s.har), `${s.id}.har`).report]),
  ...readdirSync(REAL)
    .filter((f) => f.endsWith('.har'))
    .map((f): [string, () => Report] => [f, () => analyzeCapture(readFileSync(join(REAL, f)), f).report]),
]

/** The report's own words, without captured values (code spans and quotations say what a peer said). */
const ownWords = (text: string) =>
  splitCodeSpans(text)
    .filter((p) => !p.code)
    .map((p) => p.text)
    .join('`…`')
    .replace(/"[^"]*"/g, '"…"')
const clauses = (text: string) => ownWords(text).split(/(?<=[.;:!?])\s+|\s+—\s+/)

/** "A, so B" where B says something happened against A: the connective must be "but". */
const CONTRAST = /\b(ignored|anyway|despite|nevertheless|regardless|still)\b/
/** Words that leave the cause open: they do not belong in a verdict that says "Certain". */
const HEDGE = /\b(may|might|possibly|perhaps|probably|commonly|often|usually|many|likely|either)\b|\(legacy\)|, or\b/i

function contradictions(text: string): string[] {
  return clauses(text).filter((c) => {
    const after = /,?\s\b(so|therefore)\b\s(.*)$/i.exec(c)?.[2]
    return after !== undefined && CONTRAST.test(after)
  })
}

/** Claims about `resource` in a sentence, against what the flow facts say the client sent. */
function resourceClaims(f: Finding, flow: FlowReport | undefined): string[] {
  if (!flow) return []
  const sent = [flow.resourceParam.authorize, flow.resourceParam.token].some((p) => p.state === 'present')
  const sentNone = flow.resourceParam.authorize.state === 'absent' || flow.resourceParam.token.state === 'absent'
  // The parameter's name is prose whether or not it is in a code span; a value after "=" is another claim.
  const wrong: string[] = []
  const saysSent = /\bclient sent (resource|`resource`)(?![=\w])/i.test(f.message)
  const saysNone = /\bsent no (`resource`|resource)\b/i.test(f.message)
  if (saysSent && !sent) wrong.push(`says resource was sent: ${f.message}`)
  if (saysNone && !sentNone) wrong.push(`says no resource was sent: ${f.message}`)
  return wrong
}

/** "(entry N, 401)" and "(entry N, HTTP 400)": the status said is the status the entry has. */
function statusClaims(r: Report, text: string): string[] {
  const wrong: string[] = []
  for (const m of ownWords(text).matchAll(/\(entry (\d+), (?:HTTP )?(\d{3})\)/g)) {
    const step = r.flows.flatMap((f) => f.steps).find((st) => st.entry === Number(m[1]) && st.status !== undefined)
    if (step && step.status !== Number(m[2])) wrong.push(`entry ${m[1]} answered ${step.status}, not ${m[2]}: ${text}`)
  }
  return wrong
}

const GOOD = new Set(['exact', 'array-contains', 'vendor-mapping'])
const holds = (v: AudienceValue, reference: string) =>
  v.value === reference || (Array.isArray(v.value) && v.value.includes(reference))

/** Checks of one report; each returns what it found wrong, so a failure names the sentence. */
function problems(r: Report): string[] {
  const out: string[] = []
  const flowOf = (f: Finding) => r.flows.find((x) => x.id === f.flow)
  for (const f of r.findings) {
    for (const c of contradictions(f.message)) out.push(`${f.rule}: "so" before a contrast: ${c}`)
    for (const c of resourceClaims(f, flowOf(f))) out.push(`${f.rule}: ${c}`)
    // "aud is the client id": every aud value is the client id the token was issued to.
    const token = flowOf(f)?.tokens.find((t) => t.entry === f.entries[0])
    const aud = token?.aud === null || token?.aud === undefined ? [] : [token.aud].flat()
    const clientId = token?.clientId ?? flowOf(f)?.client.clientId
    if (/\baud is the client id\b/.test(ownWords(f.message)) && token && aud.some((a) => a !== clientId)) {
      out.push(`${f.rule}: calls aud ${JSON.stringify(aud)} the client id ${clientId}`)
    }
  }
  for (const c of contradictions(r.verdict.summary)) out.push(`verdict: "so" before a contrast: ${c}`)
  for (const text of [r.verdict.summary, ...r.findings.map((f) => f.message)]) out.push(...statusClaims(r, text))
  // A capture that connected in its only flow has no failure for a finding to be "not why" of.
  if (r.verdict.outcome === 'connected' && r.flows.length === 1) {
    const presumesFailure = (f: Finding) => /\bwhy (it|the connection) failed\b/.test(ownWords(f.message))
    for (const f of r.findings.filter(presumesFailure)) out.push(`${f.rule} presumes a failure: ${f.message}`)
  }
  if (r.verdict.confidence === 'certain') {
    const hedge = HEDGE.exec(ownWords(r.verdict.summary))
    if (hedge) out.push(`verdict: "Certain" with the hedge "${hedge[0]}": ${r.verdict.summary}`)
  }
  for (const flow of r.flows) {
    const reference = flow.audience.reference
    if (!reference) continue
    for (const v of flow.audience.values) {
      if (v.match === null) continue
      if (holds(v, reference) && !GOOD.has(v.match)) {
        out.push(`${flow.id}: ${v.label} holds the expected ${reference}, yet is marked ${v.match}`)
      }
    }
    // A token the table marks as right must not be blamed on whoever issued or requested it (the MCP
    // server refusing a token in the vendor's documented form is the server's finding).
    const token = flow.audience.values.find((v) => v.label === 'Token aud' && v.match !== null)
    const blamed = r.findings.filter(
      (f) =>
        f.flow === flow.id &&
        f.status === 'fail' &&
        f.party !== 'mcp-server' &&
        /^aud\.(mismatch|equals-client-id|near-miss)$/.test(f.rule),
    )
    if (token && GOOD.has(token.match!)) {
      const onToken = blamed.filter((b) => b.entries[0] === token.entry)
      for (const f of onToken) out.push(`${f.rule} fails for the token the table marks ${token.match}`)
    }
  }
  // One problem, one finding: a rule repeating the same sentence (entries aside) in a flow is one finding.
  const seen = new Set<string>()
  for (const f of r.findings) {
    const key = `${f.flow}|${f.rule}|${f.status}|${f.message.replace(/\b(entry|entries) [\d, and]*\d/g, 'entry N')}`
    if (seen.has(key)) out.push(`${f.rule} repeats in ${f.flow}: ${f.message}`)
    seen.add(key)
  }
  return out
}

describe('sentences agree with the facts', () => {
  for (const [id, report] of CASES) it(id, () => expect(problems(report())).toEqual([]))
})

describe('the checks catch what they are for', () => {
  it('finds "so" before a contrast', () => {
    expect(contradictions('The client sent resource, so the authorization server ignored it.')).toHaveLength(1)
    expect(contradictions('The client sent resource, but the authorization server ignored it.')).toEqual([])
  })
  it('checks what a sentence says the client sent against the flow facts', () => {
    const flow = { resourceParam: { authorize: { state: 'absent' }, token: { state: 'absent' } } } as FlowReport
    const said = (message: string) => resourceClaims({ message } as Finding, flow)
    expect(said('The client sent `resource`, but the authorization server ignored it.')).toHaveLength(1)
    expect(said('The client sent no `resource` in the authorization request (entry 4).')).toEqual([])
  })
  it("reads captured values as values, not as the report's words", () => {
    expect(HEDGE.test(ownWords('error=`maybe, or not` ("may be")'))).toBe(false)
    expect(HEDGE.test(ownWords('`aud` = the client id (legacy) or the environment default'))).toBe(true)
  })
})
