// Messages between the page and the analysis worker. Plain data only (structured clone).
import type { Exchange, IngestError, Report, RequestRow } from '../core/index.ts'

export type ToWorker =
  | { type: 'analyze'; requestId: number; file: Blob; name: string }
  | { type: 'entry'; requestId: number; entry: number }
  | { type: 'redact'; requestId: number; file: Blob; name: string }
  | { type: 'rows'; requestId: number; from: number; to: number }

export type Progress =
  { phase: 'read'; bytes: number; total: number } | { phase: 'analyze'; entries: number; total: number }

export type FromWorker =
  | { type: 'progress'; requestId: number; progress: Progress }
  | { type: 'done'; requestId: number; report: Report; rows: RequestRow[]; rowCount: number }
  | { type: 'rows'; requestId: number; rows: RequestRow[] }
  | { type: 'failed'; requestId: number; error: IngestError }
  | { type: 'entry'; requestId: number; exchange: Exchange | null }
  | { type: 'redacted'; requestId: number; text: string; lost: string[] }
