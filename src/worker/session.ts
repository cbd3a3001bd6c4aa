// What the worker (or the inline fallback) does with one file: read it with progress, analyze it,
// keep the exchanges for entry-detail requests, and hand the page only the report and table rows.
import {
  analyzeCapture,
  analyzeStream,
  STREAM_FROM_BYTES,
  redactCapture,
  requestRows,
  authRequestRows,
  packRows,
  type RowColumns,
  type Analysis,
  type Exchange,
  type Report,
} from '../core/index.ts'
import { viewOrder, type ViewQuery } from '../core/report/row-view.ts'
import type { FromWorker, Progress, RowSet } from './protocol.ts'

export type Post = (message: FromWorker, transfer?: Transferable[]) => void

async function readWithProgress(file: Blob, onProgress: (p: Progress) => void): Promise<Uint8Array> {
  const total = file.size
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer())
  const out = new Uint8Array(total)
  let at = 0
  const reader = file.stream().getReader()
  let lastReport = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    out.set(value, at)
    at += value.length
    if (at - lastReport > 4 * 1024 * 1024 || at === total) {
      lastReport = at
      onProgress({ phase: 'read', bytes: at, total })
    }
  }
  return at === total ? out : out.subarray(0, at)
}

export class AnalysisSession {
  private exchanges: Exchange[] = []
  private report: Report | null = null
  /** The auth-related rows, and every entry's row once the page first asks for more. */
  private authRows: RowColumns | null = null
  private rows: RowColumns | null = null

  async analyze(requestId: number, file: Blob, name: string, post: Post): Promise<void> {
    this.exchanges = []
    this.report = null
    this.authRows = null
    this.rows = null
    try {
      const progress = (p: Progress) => post({ type: 'progress', requestId, progress: p })
      // Large files are streamed: entries parsed one by one, static bodies skipped, and files
      // past the browser's ~512 MB string limit still open.
      let analysis: Analysis | null = null
      if (file.size > STREAM_FROM_BYTES && typeof file.stream === 'function')
        analysis = await analyzeStream(() => file.stream(), name, file.size, progress)
      if (!analysis) {
        const bytes = await readWithProgress(file, progress)
        analysis = analyzeCapture(bytes, name, {
          onProgress: (entries, total) => progress({ phase: 'analyze', entries, total }),
        })
      }
      const { report, exchanges } = analysis
      if (report.input.error && report.input.entries === 0) {
        post({ type: 'failed', requestId, error: report.input.error })
        return
      }
      this.exchanges = exchanges
      this.report = report
      // Only the auth-related rows go now (the table's default view), and only they are built
      // before the verdict (100,000 rows cost the worker 50–70 ms); the rest are made on demand.
      this.authRows = packRows(authRequestRows(exchanges, report))
      post({ type: 'done', requestId, report, rows: this.authRows, rowCount: exchanges.length })
    } catch (e) {
      post({
        type: 'failed',
        requestId,
        error: { code: 'not-har', message: `The capture could not be read: ${String((e as Error)?.message ?? e)}` },
      })
    }
  }

  /** Every row, in columns: a few strings and typed arrays, which the page receives in a few ms. */
  allRows(requestId: number, post: Post): void {
    if (!this.rows && this.report) this.rows = packRows(requestRows(this.exchanges, this.report))
    post({ type: 'rows', requestId, rows: this.rows ?? packRows([]) })
  }

  /** Filtering and sorting of more rows than the page can sort within one short task. */
  view(requestId: number, rows: RowSet, query: ViewQuery, post: Post): void {
    const columns = rows === 'all' ? this.rows : this.authRows
    const order = columns ? viewOrder(columns, query) : new Int32Array(0)
    post({ type: 'view', requestId, order }, [order.buffer])
  }

  entry(requestId: number, entry: number, post: Post): void {
    post({
      type: 'entry',
      requestId,
      exchange:
        this.exchanges[entry]?.entry === entry
          ? this.exchanges[entry]!
          : (this.exchanges.find((e) => e.entry === entry) ?? null),
    })
  }

  async redact(requestId: number, file: Blob, name: string, post: Post): Promise<void> {
    const result = redactCapture(new Uint8Array(await file.arrayBuffer()), name)
    post(
      result.ok
        ? { type: 'redacted', requestId, text: result.value, lost: result.lost }
        : { type: 'failed', requestId, error: result.error },
    )
  }
}
