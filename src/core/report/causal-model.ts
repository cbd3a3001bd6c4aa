// The causal model (ARCHITECTURE.md "Causal model"; PRODUCT.md §5.7). Rules declare the step they
// judge, which later failures theirs explains (`Rule.explains`) and whether a failure is an observed
// refusal (`Rule.observed`). From that alone: where a flow broke, and the root cause — the earliest
// failure on the causal path to the first breakage the flow did not recover from.
import type { Finding } from '../types.ts'
import { STEPS, type Step } from '../rules/rule.ts'
import type { Progress } from '../flow/progress.ts'

export interface CausalRule {
  step: Step
  explains?: readonly string[]
  observed?: boolean
  stop?: 'dead-end' | 'strict-client'
}
export type RuleLookup = (id: string) => CausalRule | undefined

export type { Progress }

export const stepRank = (step: Step): number => STEPS.indexOf(step)

const firstEntry = (f: Finding) => (f.entries.length ? Math.min(...f.entries) : Number.POSITIVE_INFINITY)
const lastEntry = (f: Finding) => (f.entries.length ? Math.max(...f.entries) : Number.POSITIVE_INFINITY)

/** Earliest first; equal entries keep rule order (the runner's order puts the more specific rule first). */
export function byTime(list: readonly Finding[]): Finding[] {
  return [...list].sort((a, b) => firstEntry(a) - firstEntry(b))
}

/** Failing findings whose rule explains `effect`'s rule and that happened no later than it. */
export function directCauses(effect: Finding, failing: readonly Finding[], rules: RuleLookup): Finding[] {
  // `rule#code` explains only that refusal; an effect whose code is not known matches any of them.
  const names = (c: Finding) => rules(c.rule)?.explains ?? []
  const matches = (n: string) =>
    n === effect.rule || (n.startsWith(`${effect.rule}#`) && (!effect.code || n === `${effect.rule}#${effect.code}`))
  const explains = (c: Finding) => names(c).some(matches)
  const before = (c: Finding) => firstEntry(c) <= lastEntry(effect)
  return failing.filter((c) => c !== effect && c.flow === effect.flow && explains(c) && before(c))
}

/** Every failure upstream of `effect` on the causal graph that has no failing cause itself. */
export function causalRoots(effect: Finding, failing: readonly Finding[], rules: RuleLookup): Finding[] {
  const seen = new Set<Finding>([effect])
  const roots: Finding[] = []
  const queue = directCauses(effect, failing, rules)
  while (queue.length) {
    const f = queue.shift()!
    if (seen.has(f)) continue
    seen.add(f)
    const up = directCauses(f, failing, rules).filter((c) => !seen.has(c))
    if (up.length) queue.push(...up)
    else if (!directCauses(f, failing, rules).length) roots.push(f)
  }
  return byTime(roots)
}

/** Everything `root` explains, directly or through other failures. */
export function consequencesOf(root: Finding, failing: readonly Finding[], rules: RuleLookup): Finding[] {
  const out = new Set<Finding>()
  const queue = [root]
  while (queue.length) {
    const cause = queue.shift()!
    for (const f of failing) {
      if (f === root || out.has(f)) continue
      if (directCauses(f, failing, rules).includes(cause)) {
        out.add(f)
        queue.push(f)
      }
    }
  }
  return [...out]
}

/**
 * The flow got past this failure later on (a retry, a fallback, a new attempt, a client that did
 * not stop). A failure that explains later observations is not recovered by moving on: its
 * effects come later (no `resource` at authorize shows as the token's `aud`).
 */
export function isRecovered(f: Finding, progress: readonly Progress[], rules: RuleLookup): boolean {
  const rule = rules(f.rule)
  if (!rule || (!rule.observed && rule.explains?.length)) return false
  return progress.some((p) => p.entry > lastEntry(f) && stepRank(p.step) >= stepRank(rule.step))
}

/** The first observed refusal the flow did not recover from, or null when nothing refused. */
export function breakage(failing: readonly Finding[], progress: readonly Progress[], rules: RuleLookup) {
  return byTime(failing).find((f) => rules(f.rule)?.observed && !isRecovered(f, progress, rules)) ?? null
}

export interface Cause {
  root: Finding
  breakage: Finding | null
  /** No refusal, but the flow ended at a dead end (`Rule.stop`): the flow stopped, it failed. */
  stopped: boolean
}

/** The last entry the capture shows for a flow, when the caller does not say. */
const lastKnown = (failing: readonly Finding[], progress: readonly Progress[]) =>
  Math.max(-1, ...progress.map((p) => p.entry), ...failing.flatMap((f) => f.entries))

/**
 * The root cause of one flow. With a breakage: the earliest causal root upstream of it, else the
 * breakage itself. Without one (the capture ends first): the earliest error nothing else explains
 * and the flow did not get past; then the same among warnings. A failure only a strict client stops
 * at counts only when the flow ends right there and no other error accounts for the stop. `end` is
 * the flow's last entry.
 */
export function rootCause(
  failing: readonly Finding[],
  progress: readonly Progress[],
  rules: RuleLookup,
  end = lastKnown(failing, progress),
): Cause | null {
  const broke = breakage(failing, progress, rules)
  if (broke) return { root: causalRoots(broke, failing, rules)[0] ?? broke, breakage: broke, stopped: false }
  const open = failing.filter((f) => !isRecovered(f, progress, rules) && !directCauses(f, failing, rules).length)
  const endsAt = (f: Finding) => end <= lastEntry(f)
  const strict = (f: Finding) => rules(f.rule)?.stop === 'strict-client'
  const otherStop = open.some((f) => !strict(f) && f.severity === 'error')
  const candidates = open.filter((f) => !strict(f) || (endsAt(f) && !otherStop))
  const earliest = (severity: Finding['severity']) => byTime(candidates.filter((f) => f.severity === severity))[0]
  const root = earliest('error') ?? earliest('warning')
  if (!root) return null
  return { root, breakage: null, stopped: rules(root.rule)?.stop === 'dead-end' && endsAt(root) }
}
