// The entry of a flow's authorization request, which the step 5 rules point at.
import type { FlowFacts } from '../flow/evidence.ts'

export const authorizeEntry = (f: FlowFacts) => (f.flow.authorize ? [f.flow.authorize.entry] : [])
