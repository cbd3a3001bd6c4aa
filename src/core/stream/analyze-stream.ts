// The streaming path: bytes arrive in chunks (File.stream(), fs.createReadStream), entries are
// found by the byte scanner and parsed in batches, large bodies no rule needs are skipped without
// being decoded (the body keeper asks the whole-file path's classifier). Memory is bounded by
// what is kept, not by the file's size. The result equals the whole-file path's (a test compares
// them on every fixture, padded with large bodies, over arbitrary chunking).
import type { CaptureMeta, Exchange, IngestError } from '../types.ts'
import { analyzeExchanges, type Analysis } from '../analyze.ts'
import { restoreEntry } from '../ingest/index.ts'
import { decompressChunks, sniffContainer } from '../ingest/container.ts'
import { locateLog } from '../ingest/parse-har-json.ts'
import { sniffCreator } from '../ingest/salvage.ts'
import { EntryScanner } from '../ingest/entry-scanner.ts'
import {
  brokenEntryProblem,
  containerWarning,
  creatorOf,
  decompressFailed,
  endedInsideEntries,
  wrappedWarning,
} from '../ingest/capture-messages.ts'
import { unwrapInspector } from '../flow/unwrap-proxy.ts'
import { EntryBatch } from './entry-batch.ts'
import { BodyKeeper } from './keep-body.ts'

export type StreamProgress = { phase: 'read'; bytes: number; total: number } | { phase: 'analyze'; entries: number; total: number }
type Source = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>

/** Above this size the CLI and the worker stream captures: memory follows what is kept, and files
 * past V8's ~512 MB string limit open. */
export const STREAM_FROM_BYTES = 16 * 1024 * 1024

const noAttachments = () => undefined

async function* chunksOf(source: Source): AsyncGenerator<Uint8Array> {
  if (Symbol.asyncIterator in source) {
    for await (const c of source as AsyncIterable<Uint8Array>) yield c
    return
  }
  const reader = (source as ReadableStream<Uint8Array>).getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return
    yield value
  }
}

/** Null when the input needs the whole-file path (zip archives, UTF-16 text, not a HAR). */
export async function analyzeStream(source: Source, name: string, size: number, onProgress?: (p: StreamProgress) => void): Promise<Analysis | null> {
  let chunks = chunksOf(source)
  const head = await chunks.next()
  if (head.done) return null
  let first: Uint8Array | null = head.value
  const container = sniffContainer(first)
  if (container === 'zip' || container === 'utf-16') return null
  const warnings: string[] = []
  if (container === 'gzip' || container === 'zlib') {
    warnings.push(containerWarning(container))
    chunks = chunksOf(decompressChunks(first, chunks, container))
    first = null
  }
  const exchanges: Exchange[] = []
  const keeper = new BodyKeeper()
  let entries = 0
  let problem: IngestError | null = null
  const batch = new EntryBatch((raw, body, broken) => {
    const index = entries++
    if (!raw) {
      problem ??= brokenEntryProblem({ entry: index, ...broken! })
      return
    }
    const restored = restoreEntry(raw, index, noAttachments)
    keeper.see(restored, body)
    exchanges.push(...unwrapInspector(restored))
    if (onProgress && (index + 1) % 2000 === 0) onProgress({ phase: 'analyze', entries: index + 1, total: 0 })
  })
  const scanner = new EntryScanner((e) => batch.add(e))
  let read = 0
  let reported = 0
  try {
    for (let c = first ?? (await chunks.next()).value; c; c = (await chunks.next()).value) {
      read += c.length
      scanner.push(c)
      if (read - reported >= 4 * 1024 * 1024) {
        reported = read
        onProgress?.({ phase: 'read', bytes: Math.min(read, size || read), total: size || read })
      }
    }
  } catch (e) {
    batch.flush()
    problem = { code: 'decompress-failed', message: decompressFailed(container === 'gzip' ? 'gzip' : 'zlib', e, entries) }
  }
  const end = scanner.end()
  batch.flush()
  if (!end.sawEntries) return null
  keeper.finish(exchanges)
  let creator = { name: null as string | null, label: null as string | null }
  try {
    const located = locateLog(JSON.parse(end.skeleton))
    if (located) creator = creatorOf(located.log)
    if (located?.wrapped && located.wrapped !== '(root)') warnings.unshift(wrappedWarning(located.wrapped))
  } catch {
    const sniffed = sniffCreator(end.skeleton)
    creator = { name: sniffed, label: sniffed }
  }
  if (!problem && end.endedInsideEntries) problem = { code: 'truncated', message: endedInsideEntries(entries) }
  const meta: CaptureMeta = { name, bytes: size, exporter: creator.name, creator: creator.label, entries, warnings }
  onProgress?.({ phase: 'analyze', entries, total: entries })
  return analyzeExchanges(meta, exchanges, problem)
}
