// What the opening app's rule catalog says about a rule ID: title, spec links, fix, aliases. A
// shared link carries rule IDs only; everything a reader could click or follow comes from here.
import type { Fix, Revision, SpecRef } from '../types.ts'
import { FLOW_RULE_LIST } from '../rules/index.ts'
import { CAPTURE_RULES } from '../rules/flow.ts'
import { probeCatalogEntry } from '../rules/probe-catalog.ts'

export interface CatalogRule {
  title: string
  spec: SpecRef[]
  fix: Fix[]
  aliases?: string[]
}

export function catalogRule(id: string, rev: Revision): CatalogRule | null {
  const rule = FLOW_RULE_LIST.find((r) => r.id === id) ?? CAPTURE_RULES.find((r) => r.id === id)
  if (!rule) {
    // Rules only a probe runs (core/probe) have titles and spec links but no fix of their own.
    const probe = probeCatalogEntry(id, rev)
    return probe ? { title: probe.title, spec: probe.spec, fix: [] } : null
  }
  const fix = 'fix' in rule ? (rule.fix ?? []) : []
  return {
    title: rule.title,
    spec: rule.spec(rev),
    fix: [...fix],
    ...('aliases' in rule && rule.aliases ? { aliases: [...rule.aliases] } : {}),
  }
}

export const unknownRuleTitle = (id: string) => `Unknown rule ${id} (not in this app's catalog)`
