// Messages between the page and the analysis worker. Plain data only (structured clone).
import type { Exchange, IngestError, Report, RowColumns } from '../core/index.ts'
import type { ViewQuery } from '../core/report/row-view.ts'

export type ToWorker =
  | { type: 'analyze'; requestId: number; file: Blob; name: string }
  | { type: 'entry'; requestId: number; entry: number }
  | { type: 'redact'; requestId: number; file: Blob; name: string }
  | { type: 'rows'; requestId: number }
  /** The order of the rows a query shows, over the auth-related rows or all of them. */
  | { type: 'view'; requestId: number; rows: RowSet; query: ViewQuery }

export type RowSet = 'auth' | 'all'

export type Progress =
  { phase: 'read'; bytes: number; total: number } | { phase: 'analyze'; entries: number; total: number }

export type FromWorker =
  | { type: 'progress'; requestId: number; progress: Progress }
  | { type: 'done'; requestId: number; report: Report; rows: RowColumns; rowCount: number }
  | { type: 'rows'; requestId: number; rows: RowColumns }
  | { type: 'view'; requestId: number; order: Int32Array }
  | { type: 'failed'; requestId: number; error: IngestError }
  | { type: 'entry'; requestId: number; exchange: Exchange | null }
  | { type: 'redacted'; requestId: number; text: string; lost: string[] }
