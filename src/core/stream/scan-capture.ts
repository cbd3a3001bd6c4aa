// The reading half of the streaming path: chunks → (decompressed) bytes → entries → batches. The
// byte scanner reads the document exactly; once it has learned how this exporter lays out its
// entries, the fast reader takes over the entries (native string search, checked by JSON.parse) and
// hands back what follows them. It holds no entry.
import { decompressChunks, sniffContainer } from '../ingest/container.ts'
import { containerWarning } from '../ingest/capture-messages.ts'
import { EntryScanner } from '../ingest/entry-scanner.ts'
import { BatchPacker, type PackedBatch } from './entry-batch.ts'
import { ShapeLearner, type EntryShape } from './entry-shape.ts'
import { FastEntryReader } from './fast-entries.ts'
import { RestartExact, type FastBatch } from './fast-batch.ts'

export type Source = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>
export type ReadProgress = { phase: 'read'; bytes: number; total: number }

export interface ScanEnd {
  /** The document around the entries (entries replaced by an empty list). */
  skeleton: string
  endedInsideEntries: boolean
  sawEntries: boolean
  warnings: string[]
  unfinished: { text: string; line: number; column: number } | null
  /** Set when a compressed stream stopped early. */
  decompressError: { container: 'gzip' | 'zlib'; error: string } | null
  /** How many entries the fast reader found (the rest were the byte scanner's). */
  fastEntries: number
}

export async function* chunksOf(source: Source): AsyncGenerator<Uint8Array> {
  if (Symbol.asyncIterator in source) {
    for await (const c of source as AsyncIterable<Uint8Array>) yield c
    return
  }
  const reader = (source as ReadableStream<Uint8Array>).getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    // Stopped early (a read that starts again): the file is not read further.
    reader.cancel().catch(() => undefined)
  }
}

/** Null when the input needs the whole-file path (zip archives, UTF-16 text). */
export async function scanCapture(
  source: Source,
  size: number,
  onBatch: (b: PackedBatch | FastBatch) => void,
  onProgress?: (p: ReadProgress) => void,
  fast = true,
): Promise<ScanEnd | null> {
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
  const packer = new BatchPacker(onBatch)
  const learner = fast ? new ShapeLearner() : null
  let shape: EntryShape | null = null
  const scanner = new EntryScanner((e) => {
    packer.add(e)
    if (learner && !shape && (shape = learner.see(e))) scanner.stopAfterEntry()
  })
  let reader: FastEntryReader | null = null
  let fastEntries = 0
  const backToScanner = (r: FastEntryReader) => {
    const rest = r.rest()
    fastEntries += r.entries
    reader = null
    scanner.resumeBetweenEntries()
    scanner.push(rest)
  }
  const feed = (c: Uint8Array) => {
    if (reader) {
      if (!reader.push(c)) backToScanner(reader)
      return
    }
    const rest = scanner.push(c)
    if (!rest) return
    packer.flush()
    reader = new FastEntryReader(shape!, onBatch)
    if (!reader.push(rest)) backToScanner(reader)
  }
  let decompressError: ScanEnd['decompressError'] = null
  let read = 0
  let reported = 0
  try {
    for (let c = first ?? (await chunks.next()).value; c; c = (await chunks.next()).value) {
      read += c.length
      feed(c)
      if (read - reported >= 4 * 1024 * 1024) {
        reported = read
        onProgress?.({ phase: 'read', bytes: Math.min(read, size || read), total: size || read })
      }
    }
  } catch (e) {
    if (e instanceof RestartExact) {
      await chunks.return(undefined)
      throw e
    }
    decompressError = { container: container === 'gzip' ? 'gzip' : 'zlib', error: String((e as Error)?.message ?? e) }
  }
  if (reader) backToScanner(reader)
  packer.flush()
  const end = scanner.end()
  return { ...end, warnings, decompressError, fastEntries }
}
