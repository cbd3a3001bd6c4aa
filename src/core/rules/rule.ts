// The shape of a rule. One rule = one stable ID from mcp-oauth-rules.md; its check returns
// outcomes (fail / unknown / pass) or nothing when the flow gives it nothing to judge.
import type { Fix, Party, Revision, Severity, SpecRef, Status } from '../types.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import type { Exchange } from '../types.ts'
import type { SanitizedVerdict } from '../flow/sanitized.ts'
import { codeSpan } from '../scrub/code-span.ts'
import type { Step } from '../flow/steps.ts'

export interface CaptureFacts {
  exchanges: readonly Exchange[]
  sanitized: SanitizedVerdict
  flows: readonly FlowFacts[]
}

export interface Outcome {
  status: Status
  message: string
  entries: number[]
  severity?: Severity
  /** Overrides the rule's default fix when the outcome knows better (e.g. vendor-specific). */
  fix?: Fix[]
  /** Party at fault for this outcome when it differs from the rule's default. */
  party?: Party
  /** The OAuth error code of an observed refusal (RFC 6749 §4.1.2.1, §5.2): lets a cause explain
   * only the refusals it can produce (`explains: ['callback.error#invalid_target']`). */
  code?: string
}

export { STEPS, type Step } from '../flow/steps.ts'

export interface Rule {
  id: string
  title: string
  severity: Severity
  party: Party | null
  since: Revision
  /** The flow step this rule judges: a failure breaks this step. */
  step: Step
  /** The causal model (ARCHITECTURE.md "Causal model"): IDs of the rules whose later failures this
   * rule's failure explains in the same flow (e.g. no `resource` → `aud` = client id → 401). */
  explains?: readonly string[]
  /** A failure is an observed refusal (an error response, a rejected token), not an inference. The
   * first one the flow does not recover from is where the connection broke. */
  observed?: boolean
  /** What a failure does to a client that meets it, when no refusal follows (the causal model's
   * path without a breakage). `dead-end`: no client can go on (no way to get a client id), so a
   * flow that ends there failed. `strict-client`: a strict client stops, others go on (no PKCE in
   * the metadata), so it is a root cause only when the flow ends right there and no other failure
   * accounts for the stop. */
  stop?: 'dead-end' | 'strict-client'
  aliases?: string[]
  spec(rev: Revision): SpecRef[]
  fix?: Fix[]
  check(f: FlowFacts, c: CaptureFacts): Outcome | Outcome[] | null
}

export const pass = (message: string, entries: number[] = []): Outcome => ({ status: 'pass', message, entries })
export const fail = (message: string, entries: number[] = [], extra: Partial<Outcome> = {}): Outcome => ({
  status: 'fail',
  message,
  entries,
  ...extra,
})
export const unknown = (message: string, entries: number[] = []): Outcome => ({ status: 'unknown', message, entries })

/** Quote a value in a message the way the UI and Markdown show code: a code span whose fence no
 * backtick inside the value can close (scrub/code-span.ts). */
export const q = (v: string | null | undefined): string => (v === null || v === undefined ? '(none)' : codeSpan(v))
