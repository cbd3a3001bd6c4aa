// The analysing half of the streaming path: packed batches → entries → exchanges (bodies kept as
// the body keeper decides) → the same `analyzeExchanges` as the whole-file path.
import type { CaptureMeta, Exchange, IngestError } from '../types.ts'
import { analyzeExchanges, type Analysis } from '../analyze.ts'
import { restoreEntry } from '../ingest/index.ts'
import { locateLog } from '../ingest/parse-har-json.ts'
import { sniffCreator } from '../ingest/salvage.ts'
import {
  brokenEntryProblem,
  creatorOf,
  decompressFailed,
  endedInsideEntries,
  wrappedWarning,
} from '../ingest/capture-messages.ts'
import { unfinishedEntry } from '../ingest/broken-entry.ts'
import { inspectorUnwrapper } from '../flow/unwrap-proxy.ts'
import { readBatch, type OnEntry, type PackedBatch } from './entry-batch.ts'
import { readFastBatch, RestartExact, type FastBatch } from './fast-batch.ts'
import { BodyKeeper } from './keep-body.ts'
import type { ScanEnd } from './scan-capture.ts'

export type AnalyzeProgress = { phase: 'analyze'; entries: number; total: number }

const noAttachments = () => undefined

export class BatchAnalysis {
  private readonly exchanges: Exchange[] = []
  private readonly keeper = new BodyKeeper()
  private entries = 0
  private problem: IngestError | null = null
  private unwrapped = false

  constructor(
    private readonly name: string,
    private readonly size: number,
    private readonly onProgress?: (p: AnalyzeProgress) => void,
  ) {}

  /** Inspector transport records are cited at their `/api/mcp/send` envelope, seen in entry order. */
  private readonly unwrapInspector = inspectorUnwrapper()

  private readonly onEntry: OnEntry = (raw, body, broken, locateInBody) => {
    const index = this.entries++
    if (!raw) {
      this.problem ??= brokenEntryProblem({ entry: index, ...broken! })
      return
    }
    const restored = restoreEntry(raw, index, noAttachments)
    if (!this.keeper.see(restored, body)) {
      this.problem ??= brokenEntryProblem({ entry: index, ...locateInBody() })
      return
    }
    const exchanges = this.unwrapInspector(restored)
    // The keeper saw `restored`: what it collected holds for the exchanges only if they are it.
    if (exchanges.length !== 1 || exchanges[0] !== restored) this.unwrapped = true
    for (const ex of exchanges) this.exchanges.push(ex)
    if (this.onProgress && (index + 1) % 2000 === 0) this.onProgress({ phase: 'analyze', entries: index + 1, total: 0 })
  }

  add(batch: PackedBatch | FastBatch): void {
    if ('slots' in batch) readBatch(batch, this.onEntry)
    else readFastBatch(batch, this.onEntry)
  }

  /** Null when the input held no `log.entries` (the whole-file path says what it is instead). */
  finish(end: ScanEnd): Analysis | null {
    if (!end.sawEntries) return null
    if (end.unfinished && end.unfinished.line < 0) throw new RestartExact('the file ends inside an entry')
    this.keeper.finish(this.exchanges)
    const warnings = [...end.warnings]
    let creator = { name: null as string | null, label: null as string | null }
    try {
      const located = locateLog(JSON.parse(end.skeleton))
      if (located) creator = creatorOf(located.log)
      if (located?.wrapped && located.wrapped !== '(root)') warnings.unshift(wrappedWarning(located.wrapped))
    } catch {
      const sniffed = sniffCreator(end.skeleton)
      creator = { name: sniffed, label: sniffed }
    }
    let problem = this.problem
    if (end.decompressError) {
      problem = {
        code: 'decompress-failed',
        message: decompressFailed(end.decompressError.container, end.decompressError.error, this.entries),
      }
    } else if (!problem && end.endedInsideEntries) {
      const broken = unfinishedEntry(end.unfinished, this.entries)
      if (broken) this.entries++
      problem = broken ? brokenEntryProblem(broken) : { code: 'truncated', message: endedInsideEntries(this.entries) }
    }
    const meta: CaptureMeta = {
      name: this.name,
      bytes: this.size,
      exporter: creator.name,
      creator: creator.label,
      entries: this.entries,
      warnings,
    }
    this.onProgress?.({ phase: 'analyze', entries: this.entries, total: this.entries })
    const known = this.unwrapped ? null : this.keeper.known()
    return analyzeExchanges(meta, this.exchanges, problem, known ?? undefined)
  }
}
