// One row per (rule, expected status): the smallest change to a healthy WorkOS flow that makes
// the rule fail, pass or become unknown. Used by rules.test.ts; kept apart so the table reads
// like the catalog.
import { DISCOVERY_CASES } from './rule-cases-discovery.ts'
import { REGISTRATION_CASES } from './rule-cases-registration.ts'
import { AUTHORIZE_CASES } from './rule-cases-authorize.ts'
import { CALLBACK_CASES } from './rule-cases-callback.ts'
import { TOKEN_CASES } from './rule-cases-token.ts'
import { MCP_CASES } from './rule-cases-mcp.ts'
import { FLOW_CASES } from './rule-cases-flow.ts'
import type { RuleCase } from './rule-case-builders.ts'

export type { RuleCase } from './rule-case-builders.ts'

// The tables in step order; rules.test.ts runs every row.
export const RULE_CASES: RuleCase[] = [
  ...DISCOVERY_CASES,
  ...REGISTRATION_CASES,
  ...AUTHORIZE_CASES,
  ...CALLBACK_CASES,
  ...TOKEN_CASES,
  ...MCP_CASES,
  ...FLOW_CASES,
]
