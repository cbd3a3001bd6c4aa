// Known error strings quoted in the text → findings, filed under the catalog rule that fits the
// step the text attributes them to ("POST /register returned invalid_redirect_uri" is a
// registration failure, not an authorization one). The catalog row's party and fix come along.
import type { Finding, Revision } from '../types.ts'
import { KNOWN_ERRORS, type KnownError } from '../knowledge/error-strings.ts'
import { ruleCatalogEntry } from '../rules/index.ts'
import { quoteCaptured } from '../scrub/scrub.ts'
import type { Claim, Step } from './claims.ts'

const RULE_STEP: [RegExp, Step][] = [
  [/^(dcr|cimd)\./, 'registration'],
  [/^(prm)\./, 'prm'],
  [/^asmeta\./, 'as-metadata'],
  [/^discovery\./, 'discovery'],
  [/^(authorize|pkce|state|scope|resource\.authorize)\b/, 'authorize'],
  [/^(callback|iss)\./, 'callback'],
  [/^(token|resource\.token)\b/, 'token'],
  [/^refresh\./, 'refresh'],
  [/^(mcp|aud|at)\./, 'mcp'],
]

export function stepOfRule(rule: string): Step | null {
  return RULE_STEP.find(([re]) => re.test(rule))?.[1] ?? null
}

/** The catalog rule for this error at this step: the row's own step wins, then the step of the text. */
export function ruleFor(k: KnownError, step: Step | null): string {
  // The row's own step (where the message is printed) wins over the words around the quote.
  const own = (k as KnownError & { step?: string }).step
  const at = own === 'mcp-request' ? 'mcp' : ((own as Step | undefined) ?? step)
  const near = (s: Step | null) =>
    k.rules.find(
      (r) =>
        stepOfRule(r) === s ||
        (s === 'authorize' && stepOfRule(r) === 'callback') ||
        (s === 'callback' && stepOfRule(r) === 'authorize'),
    )
  return near(at) ?? k.rules[0]!
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export function knownErrorFindings(
  claims: readonly Claim[],
  findings: readonly Finding[],
  flowId: string | null,
  rev: Revision,
): Finding[] {
  const out: Finding[] = []
  const seen = new Set<string>()
  for (const c of claims) {
    if (c.kind !== 'known-error' || !c.observed || seen.has(String(c.data.id))) continue
    const k = KNOWN_ERRORS.find((x) => x.id === c.data.id)
    if (!k) continue
    seen.add(k.id)
    const rule = ruleFor(k, c.step)
    const already = findings.filter((f) => f.status === 'fail' && (f.rule === rule || k.rules.includes(f.rule)))
    if (already.length) {
      // The same failure, now explained: the catalog says who must act.
      for (const f of already)
        if (!f.message.includes(k.meaning))
          f.message += ` Your text quotes "${quoteCaptured(c.text, 80)}": ${k.meaning}.`
      continue
    }
    const catalog = ruleCatalogEntry(rule, rev)
    out.push({
      rule,
      status: 'fail',
      severity: 'error',
      flow: flowId,
      title: catalog?.title ?? rule,
      message: `${sentence(k.meaning)} (your text quotes "${quoteCaptured(c.text, 120)}", claim ${c.entry}).`,
      entries: [c.entry],
      spec: catalog?.spec ?? [],
      fix: [k.fix],
      party: k.party,
    })
  }
  return out
}
