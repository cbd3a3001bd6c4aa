import type { FlowReport, ResourceParam, Verdict } from '../types.ts'

export type { FlowReport, ResourceParam }

/** What a comparison reads from a report (a HAR report or a pasted-text report). */
export interface ViewReportLike {
  input: { name?: string }
  verdict: Verdict
  flows: FlowReport[]
}
