// Every rule, in step order, and the runner that turns outcomes into findings.
import type { Finding, Revision } from '../types.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { LATEST } from '../flow/revision.ts'
import { DISCOVERY_RULES } from './discovery.ts'
import { PRM_RULES } from './prm.ts'
import { AS_METADATA_RULES } from './as-metadata.ts'
import { REGISTRATION_RULES } from './registration.ts'
import { REGISTRATION_NEEDS_RULES } from './registration-needs.ts'
import { AUTHORIZE_RULES } from './authorize.ts'
import { CALLBACK_RULES } from './callback.ts'
import { TOKEN_RULES } from './token.ts'
import { TOKEN_RESPONSE_RULES } from './token-response.ts'
import { ACCESS_TOKEN_RULES } from './access-token.ts'
import { REFRESH_RULES } from './refresh.ts'
import { MCP_RULES } from './mcp-request.ts'
import { WIRE_FORMAT_RULES } from './wire-format.ts'
import { REQUIRED_VALUE_RULES } from './required-values.ts'
import { CAPTURE_RULES, FLOW_RULES } from './flow.ts'
import type { CaptureFacts, Outcome, Rule } from './rule.ts'

export type { CaptureFacts, Rule } from './rule.ts'

export const FLOW_RULE_LIST: readonly Rule[] = [
  ...FLOW_RULES,
  // First among equals: on a shared entry a missing or malformed value is the more specific cause.
  ...REQUIRED_VALUE_RULES,
  ...WIRE_FORMAT_RULES,
  ...DISCOVERY_RULES,
  ...PRM_RULES,
  ...AS_METADATA_RULES,
  ...REGISTRATION_NEEDS_RULES,
  ...REGISTRATION_RULES,
  ...AUTHORIZE_RULES,
  ...CALLBACK_RULES,
  ...TOKEN_RULES,
  ...TOKEN_RESPONSE_RULES,
  ...ACCESS_TOKEN_RULES,
  ...REFRESH_RULES,
  ...MCP_RULES,
]

export const ALL_RULE_IDS: readonly string[] = [...FLOW_RULE_LIST.map((r) => r.id), ...CAPTURE_RULES.map((r) => r.id)]

function outcomes(v: Outcome | Outcome[] | null): Outcome[] {
  return v === null ? [] : Array.isArray(v) ? v : [v]
}

function toFinding(
  rule: Pick<Rule, 'id' | 'title' | 'severity' | 'party' | 'spec' | 'fix' | 'aliases'>,
  o: Outcome,
  flow: string | null,
  rev: Revision,
): Finding {
  const vendorFix = o.fix ?? rule.fix ?? []
  return {
    rule: rule.id,
    status: o.status,
    severity: o.severity ?? rule.severity,
    flow,
    title: rule.title,
    message: o.message,
    entries: [...new Set(o.entries)].sort((a, b) => a - b),
    spec: rule.spec(rev),
    fix: o.status === 'fail' ? vendorFix : [],
    ...(rule.aliases ? { aliases: rule.aliases } : {}),
    ...(o.party ? { party: o.party } : rule.party ? { party: rule.party } : {}),
    ...(o.code ? { code: o.code } : {}),
  }
}

export function runRules(
  flows: readonly FlowFacts[],
  capture: CaptureFacts,
  options: { captureRules?: boolean } = {},
): Finding[] {
  const findings: Finding[] = []
  for (const f of flows) {
    for (const rule of FLOW_RULE_LIST) {
      if (f.revision < rule.since) continue
      for (const o of outcomes(rule.check(f, capture))) findings.push(toFinding(rule, o, f.flow.id, f.revision))
    }
  }
  const rev = flows[0]?.revision ?? LATEST
  if (options.captureRules === false) return findings
  for (const rule of CAPTURE_RULES) {
    for (const o of outcomes(rule.check(capture)))
      findings.push(toFinding({ ...rule, severity: 'info', party: null }, o, null, rev))
  }
  return findings
}

const BY_ID = new Map(FLOW_RULE_LIST.map((r) => [r.id, r]))

/** The rule behind a finding, for the causal model (its step, what it explains, whether it is observed). */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id)
}

/** Title and spec references of a rule ID for a revision (restores them into shared links). */
export function ruleCatalogEntry(
  id: string,
  rev: Revision,
): { title: string; spec: ReturnType<Rule['spec']>; aliases?: string[] } | null {
  const rule: Pick<Rule, 'title' | 'spec' | 'aliases'> | undefined =
    FLOW_RULE_LIST.find((r) => r.id === id) ?? CAPTURE_RULES.find((r) => r.id === id)
  return rule ? { title: rule.title, spec: rule.spec(rev), ...(rule.aliases ? { aliases: rule.aliases } : {}) } : null
}
