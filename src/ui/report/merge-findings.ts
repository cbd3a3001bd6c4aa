// One finding per problem: findings of a flow with the same status and title say the same thing
// (several rule IDs can detect one fault), so the page shows them once with all their rule IDs.
import type { Finding } from '../../core/index.ts'

export interface MergedFinding {
  /** The first finding of the group: its status, severity and title stand for all. */
  lead: Finding
  rules: string[]
  messages: string[]
  entries: number[]
  fix: Finding['fix']
  spec: Finding['spec']
  consequenceOf: string | undefined
}

const uniq = <T>(xs: T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()]

export function mergeFindings(findings: readonly Finding[]): MergedFinding[] {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    const key = `${f.flow ?? ''}\u0000${f.status}\u0000${f.title.trim().toLowerCase()}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  return [...groups.values()].map((list) => ({
    lead: list[0]!,
    rules: uniq(
      list.map((f) => f.rule),
      String,
    ),
    messages: uniq(
      list.map((f) => f.message),
      String,
    ),
    entries: [...new Set(list.flatMap((f) => f.entries))].sort((a, b) => a - b),
    fix: uniq(
      list.flatMap((f) => f.fix),
      (x) => `${x.party}\u0000${x.text}`,
    ),
    spec: uniq(
      list.flatMap((f) => f.spec),
      (s) => s.url + s.section,
    ),
    // A group follows from another failure only if every member does.
    consequenceOf: list.every((f) => f.consequenceOf) ? list[0]!.consequenceOf : undefined,
  }))
}
