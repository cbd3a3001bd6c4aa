// Rule cases for whole-flow and capture rules: revision, missing steps, sanitized, several flows.
import type { RuleCase } from './rule-case-builders.ts'
import { capture, story, browserOnly, HEALTHY, c } from './rule-case-builders.ts'

export const FLOW_CASES: RuleCase[] = [
  c('flow.revision.detect', 'pass', 'header', HEALTHY),
  c('flow.discovery.absent', 'pass', 'discovery captured', HEALTHY),
  c('flow.discovery.absent', 'unknown', 'starts at authorize', capture(browserOnly)),
  c('flow.token-request.absent', 'pass', 'captured', HEALTHY),
  c('flow.token-request.absent', 'unknown', 'not captured', capture(browserOnly)),
  c('flow.har.sanitized', 'pass', 'headers present', HEALTHY),
  c('flow.har.sanitized', 'unknown', 'sanitized', story('chrome-sanitized')),
  c('flow.multiple-flows', 'pass', 'one flow', HEALTHY),
  c('flow.multiple-flows', 'fail', 'two flows', story('two-flows'), 'info'),
]
