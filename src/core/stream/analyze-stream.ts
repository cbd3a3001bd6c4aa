// The streaming path: bytes arrive in chunks (File.stream(), fs.createReadStream), entries are
// found by the byte scanner and parsed one by one, large bodies no rule needs are skipped without
// being decoded. Memory is bounded by what is kept, not by the file's size. The result equals the
// whole-file path's (a test compares them on every fixture).
import type { CaptureMeta, Exchange, IngestError } from '../types.ts'
import { analyzeExchanges, type Analysis } from '../analyze.ts'
import { restoreEntry } from '../ingest/index.ts'
import { isGzip, isZip, isZlib } from '../ingest/container.ts'
import { locateLog } from '../ingest/parse-har-json.ts'
import { sniffCreator } from '../ingest/salvage.ts'
import { inspectorUnwrapper } from '../flow/unwrap-proxy.ts'
import { EntryScanner } from './entry-scanner.ts'
import { EntryBatch, type RawEntry } from './entry-batch.ts'

export type StreamProgress = { phase: 'read'; bytes: number; total: number } | { phase: 'analyze'; entries: number; total: number }

const noAttachments = () => undefined

async function* chunksOf(source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
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

function decompress(chunks: AsyncGenerator<Uint8Array>, first: Uint8Array, format: 'gzip' | 'deflate'): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream(format)
  const writer = stream.writable.getWriter()
  void (async () => {
    try {
      await writer.write(first as Uint8Array<ArrayBuffer>)
      for await (const c of chunks) await writer.write(c as Uint8Array<ArrayBuffer>)
      await writer.close()
    } catch (e) {
      await writer.abort(e).catch(() => undefined)
    }
  })()
  return chunksOf(stream.readable as ReadableStream<Uint8Array>)
}

/** Null when the input needs the whole-file path (zip archives, UTF-16 text). */
export async function analyzeStream(source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>, name: string, size: number, onProgress?: (p: StreamProgress) => void): Promise<Analysis | null> {
  let chunks = chunksOf(source)
  const head = await chunks.next()
  if (head.done) return null
  let first: Uint8Array | null = head.value
  if (isZip(first) || (first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff)) return null
  const warnings: string[] = []
  if (isGzip(first) || isZlib(first)) {
    warnings.push(`Read from a ${isGzip(first) ? 'gzip' : 'zlib'} container.`)
    chunks = decompress(chunks, first, isGzip(first) ? 'gzip' : 'deflate')
    first = null
  }
  const exchanges: Exchange[] = []
  let entries = 0
  let problem: IngestError | null = null
  const unwrapInspector = inspectorUnwrapper()
  const batch = new EntryBatch((raw: RawEntry | null) => {
    if (problem) return
    const index = entries++
    if (!raw) {
      problem = { code: 'invalid-json', message: `The capture is not valid JSON near entry ${index}: ${index} entr${index === 1 ? 'y was' : 'ies were'} analyzed (entries before it). Export the capture again.` }
      return
    }
    const restored = restoreEntry(raw, index, noAttachments)
    const skipped = ((raw.response as RawEntry | undefined)?.content as RawEntry | undefined)?._skippedBytes
    if (typeof skipped === 'number') restored.responseSize = skipped
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
      if (problem) break
    }
  } catch (e) {
    problem = { code: 'decompress-failed', message: `The compressed capture could not be read to the end (${String((e as Error)?.message ?? e)}): ${entries} entries were analyzed.` }
  }
  const end = scanner.end()
  batch.flush()
  if (!end.sawEntries) return null
  let creator: string | null = null
  let label: string | null = null
  try {
    const located = locateLog(JSON.parse(end.skeleton))
    const c = located?.log.creator as Record<string, unknown> | undefined
    creator = typeof c?.name === 'string' ? c.name : null
    label = creator ? `${creator}${typeof c?.version === 'string' && c.version ? ' ' + c.version : ''}` : null
    if (located?.wrapped && located.wrapped !== '(root)') warnings.unshift(`The HAR was wrapped in "${located.wrapped}"; read from there.`)
  } catch {
    creator = sniffCreator(end.skeleton)
    label = creator
  }
  if (!problem && end.endedInsideEntries) {
    const n = entries
    problem = { code: 'truncated', message: `The file ends inside entry ${n}: ${n} complete entr${n === 1 ? 'y was' : 'ies were'} analyzed (entries 0–${Math.max(0, n - 1)}). Export the capture again to see the rest.` }
  }
  const meta: CaptureMeta = { name, bytes: size, exporter: creator, creator: label, entries, warnings }
  onProgress?.({ phase: "analyze", entries, total: entries })
  return analyzeExchanges(meta, exchanges, problem)
}
