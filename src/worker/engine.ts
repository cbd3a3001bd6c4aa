// The page's handle on analysis: a Web Worker when the browser allows one, the same session
// inline otherwise. Cancel terminates the worker (a new one is made for the next file).
import type { Exchange, IngestError, Report, RowColumns } from '../core/index.ts'
import type { ViewQuery } from '../core/report/row-view.ts'
import type { FromWorker, Progress, RowSet, ToWorker } from './protocol.ts'
import { AnalysisSession } from './session.ts'
import { makeWorker } from './make-worker.ts'

export interface AnalysisResult {
  report: Report
  /** The auth-related rows; `rowCount` counts all of them (see `rows()`). */
  rows: RowColumns
  rowCount: number
}

export interface Engine {
  analyze(
    file: Blob,
    name: string,
    onProgress: (p: Progress) => void,
  ): Promise<{ ok: true; value: AnalysisResult } | { ok: false; error: IngestError } | { ok: false; cancelled: true }>
  entry(entry: number): Promise<Exchange | null>
  /** Every row of the capture. */
  rows(): Promise<RowColumns | null>
  /** The row indices a query shows, in order, worked out where the rows are. */
  view(rows: RowSet, query: ViewQuery): Promise<Int32Array | null>
  /** The redacted HAR text of a capture, or the reason it could not be made. */
  redact(
    file: Blob,
    name: string,
  ): Promise<{ ok: true; text: string; lost: string[] } | { ok: false; error: IngestError }>
  cancel(): void
  readonly kind: 'worker' | 'inline'
}

type Pending = { resolve: (m: FromWorker) => void; onProgress?: (p: Progress) => void }

function createWorker(): Worker | null {
  try {
    return makeWorker()
  } catch {
    return null
  }
}

export function createEngine(): Engine {
  let worker = createWorker()
  if (!worker) return inlineEngine()
  let nextId = 1
  const pending = new Map<number, Pending>()
  const listen = (w: Worker) => {
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data
      const p = pending.get(m.requestId)
      if (!p) return
      if (m.type === 'progress') p.onProgress?.(m.progress)
      else {
        pending.delete(m.requestId)
        p.resolve(m)
      }
    }
    w.onerror = (e) => {
      for (const [id, p] of pending)
        p.resolve({
          type: 'failed',
          requestId: id,
          error: { code: 'not-har', message: `The analysis worker failed: ${e.message}` },
        })
      pending.clear()
    }
  }
  listen(worker)
  const send = (m: ToWorker, onProgress?: (p: Progress) => void) =>
    new Promise<FromWorker>((resolve) => {
      pending.set(m.requestId, { resolve, onProgress })
      worker!.postMessage(m)
    })
  return {
    kind: 'worker',
    async analyze(file, name, onProgress) {
      const m = await send({ type: 'analyze', requestId: nextId++, file, name }, onProgress)
      if (m.type === 'done') return { ok: true, value: { report: m.report, rows: m.rows, rowCount: m.rowCount } }
      if (m.type === 'failed') return { ok: false, error: m.error }
      return { ok: false, cancelled: true }
    },
    async rows() {
      const m = await send({ type: 'rows', requestId: nextId++ })
      return m.type === 'rows' ? m.rows : null
    },
    async view(rows, query) {
      const m = await send({ type: 'view', requestId: nextId++, rows, query })
      return m.type === 'view' ? m.order : null
    },
    async entry(entry) {
      const m = await send({ type: 'entry', requestId: nextId++, entry })
      return m.type === 'entry' ? m.exchange : null
    },
    async redact(file, name) {
      const m = await send({ type: 'redact', requestId: nextId++, file, name })
      if (m.type === 'redacted') return { ok: true, text: m.text, lost: m.lost }
      return {
        ok: false,
        error: m.type === 'failed' ? m.error : { code: 'not-har', message: 'The redaction was cancelled.' },
      }
    },
    cancel() {
      worker!.terminate()
      for (const [id, p] of pending)
        p.resolve({ type: 'progress', requestId: id, progress: { phase: 'read', bytes: 0, total: 0 } })
      pending.clear()
      worker = createWorker()
      if (worker) listen(worker)
    },
  }
}

/** Same session on the main thread, for browsers without module workers. */
export function inlineEngine(): Engine {
  const session = new AnalysisSession()
  let cancelled = false
  return {
    kind: 'inline',
    async analyze(file, name, onProgress) {
      cancelled = false
      let result: FromWorker | null = null
      await session.analyze(0, file, name, (m) => {
        if (m.type === 'progress') onProgress(m.progress)
        else result = m
      })
      const m = result as FromWorker | null
      if (cancelled || !m) return { ok: false, cancelled: true }
      if (m.type === 'done') return { ok: true, value: { report: m.report, rows: m.rows, rowCount: m.rowCount } }
      if (m.type === 'failed') return { ok: false, error: m.error }
      return { ok: false, cancelled: true }
    },
    async rows() {
      let out: RowColumns | null = null
      session.allRows(0, (m) => {
        if (m.type === 'rows') out = m.rows
      })
      return out
    },
    async view(rows, query) {
      let out: Int32Array | null = null
      session.view(0, rows, query, (m) => {
        if (m.type === 'view') out = m.order
      })
      return out
    },
    async redact(file, name) {
      let out: FromWorker | null = null
      await session.redact(0, file, name, (m) => {
        out = m
      })
      const m = out as FromWorker | null
      if (m?.type === 'redacted') return { ok: true, text: m.text, lost: m.lost }
      return {
        ok: false,
        error: m?.type === 'failed' ? m.error : { code: 'not-har', message: 'The redaction failed.' },
      }
    },
    async entry(entry) {
      let out: Exchange | null = null
      session.entry(0, entry, (m) => {
        if (m.type === 'entry') out = m.exchange
      })
      return out
    },
    cancel() {
      cancelled = true
    },
  }
}
