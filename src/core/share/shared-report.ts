// The shared report (PRODUCT.md §7, §9): the report's field names, minus what must never leave
// the page. `ShareableReport` can only be minted by `toShareableReport` (the brand), so nothing
// else can put a raw report into a link, Markdown or a download by accident.
import type { AudienceComparison, Confidence, Finding, FlowReport, Party, Revision, Verdict } from '../types.ts'

export const SHARE_VERSION = 1

export interface SharedFlow {
  id: string
  mcpServerUrl: string | null
  advertisedResource: string | null
  authorizationServer: { issuer: string | null; vendor: string | null }
  client: { clientId: string | null; product: string | null }
  resourceParam: FlowReport['resourceParam']
  tokens: FlowReport['tokens']
  steps: FlowReport['steps']
  revision: Revision
  audience: AudienceComparison
  notCaptured: string[]
}

export interface SharedReport {
  schema: 'mcp-oauth-har/shared-report@1'
  v: typeof SHARE_VERSION
  tool: { name: string; version: string }
  input: {
    kind: 'har' | 'text' | 'probe'
    exporter: string | null
    entries: number
    sanitized: boolean
    hostsHidden: boolean
  }
  verdict: Verdict
  flows: SharedFlow[]
  findings: Finding[]
  completeness: string[]
}

declare const shareable: unique symbol
/** A SharedReport that went through the allow-list projection. */
export type ShareableReport = SharedReport & { readonly [shareable]: true }

export type { Confidence, Party }

/** What the report views and the Markdown read: satisfied by a full Report and a SharedReport. */
export type ViewReport = Pick<SharedReport, 'tool' | 'verdict' | 'flows' | 'findings' | 'completeness'> & {
  input: Pick<SharedReport['input'], 'entries' | 'exporter' | 'sanitized' | 'kind'> & {
    name?: string
    error?: { message: string } | null
    hostsHidden?: boolean
  }
}
