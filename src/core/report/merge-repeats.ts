// One problem, one finding (issue 13): a rule that says the same sentence again for another token
// or request of the same flow (a refresh, a retry) reports one finding naming every entry, not a
// copy per occurrence. Only the entry numbers may differ; any other difference is another finding.
import type { Finding } from '../types.ts'

const ENTRY_REFS = /\b(entry|entries) \d+(?:(?:, | and )\d+)*/g
const LISTED = 6

/** The sentence with its entry references blanked: equal keys say the same thing. */
export const repeatKey = (f: Finding) => {
  const said = f.message.replace(ENTRY_REFS, '$1 N')
  return [f.flow ?? '', f.rule, f.status, f.severity, f.consequenceOf ?? '', said].join('\u0000')
}

function entryList(entries: number[]): string {
  const shown = entries.slice(0, LISTED).join(', ')
  const more = entries.length > LISTED ? ` and ${entries.length - LISTED} more` : ''
  return `${entries.length === 1 ? 'entry' : 'entries'} ${shown}${more}`
}

/** The findings with repeats folded into their first occurrence, in the order they came. */
export function mergeRepeats(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) groups.set(repeatKey(f), [...(groups.get(repeatKey(f)) ?? []), f])
  const out: Finding[] = []
  for (const f of findings) {
    const group = groups.get(repeatKey(f))!
    if (group[0] !== f) continue
    if (group.length === 1) {
      out.push(f)
      continue
    }
    const extra = [...new Set(group.slice(1).flatMap((g) => g.entries))].filter((e) => !f.entries.includes(e))
    const also = extra.length ? ` Also at ${entryList(extra)}.` : ''
    out.push({ ...f, message: f.message + also, entries: [...f.entries, ...extra] })
  }
  return out
}
