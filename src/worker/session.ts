// What the worker (or the inline fallback) does with one file: read it with progress, analyze it,
// keep the exchanges for entry-detail requests, and hand the page only the report and table rows.
import {
  analyzeCapture,
  analyzeStream,
  STREAM_FROM_BYTES,
  redactCapture,
  requestRows,
  authRequestRows,
  type Analysis,
  type Exchange,
  type Report,
  type RequestRow,
} from '../core/index.ts'
import type { FromWorker, Progress } from './protocol.ts'

export type Post = (message: FromWorker) => void

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
  /** Every entry's row, built on the first request for more than the auth-related ones. */
  private rows: RequestRow[] | null = null

  async analyze(requestId: number, file: Blob, name: string, post: Post): Promise<void> {
    this.exchanges = []
    this.report = null
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
      // before the verdict (100,000 rows cost the worker 20–30 ms); the rest are made and fetched
      // in slices on demand, so the page never decodes 100,000 rows in one task.
      post({ type: 'done', requestId, report, rows: authRequestRows(exchanges, report), rowCount: exchanges.length })
    } catch (e) {
      post({
        type: 'failed',
        requestId,
        error: { code: 'not-har', message: `The capture could not be read: ${String((e as Error)?.message ?? e)}` },
      })
    }
  }

  rowSlice(requestId: number, from: number, to: number, post: Post): void {
    if (!this.rows && this.report) this.rows = requestRows(this.exchanges, this.report)
    post({ type: 'rows', requestId, rows: (this.rows ?? []).slice(from, to) })
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
