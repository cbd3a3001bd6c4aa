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
import { unwrapInspectorProxy } from '../flow/unwrap-proxy.ts'
import { EntryScanner, type ScannedEntry } from './entry-scanner.ts'
import { mustKeepBody } from './keep-body.ts'

export type StreamProgress = { phase: 'read'; bytes: number; total: number } | { phase: 'analyze'; entries: number; total: number }

const decoder = new TextDecoder()
const EMPTY_STRING = new Uint8Array([0x22, 0x22])
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

function slim(e: ScannedEntry): Record<string, unknown> {
  if (!e.body || e.body.end - e.body.start <= 4096) return JSON.parse(decoder.decode(e.bytes)) as Record<string, unknown>
  // Parse the entry with its body replaced by "", then decide whether the body is worth decoding.
  const parts = new Uint8Array(e.bytes.length - (e.body.end - e.body.start) + 2)
  parts.set(e.bytes.subarray(0, e.body.start), 0)
  parts.set(EMPTY_STRING, e.body.start)
  parts.set(e.bytes.subarray(e.body.end), e.body.start + 2)
  const entry = JSON.parse(decoder.decode(parts)) as Record<string, unknown>
  const content = (entry.response as Record<string, unknown> | undefined)?.content as Record<string, unknown> | undefined
  if (content) {
    if (mustKeepBody(entry, e.body.end - e.body.start)) content.text = JSON.parse(decoder.decode(e.bytes.subarray(e.body.start, e.body.end)))
    else {
      delete content.text
      content._skippedBytes = e.body.end - e.body.start - 2
    }
  }
  return entry
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
  let problem: IngestError | null = null
  const scanner = new EntryScanner((e) => {
    if (problem) return
    const index = exchanges.length
    try {
      const raw = slim(e)
      const ex = unwrapInspectorProxy(restoreEntry(raw, index, noAttachments))
      const skipped = ((raw.response as Record<string, unknown> | undefined)?.content as Record<string, unknown> | undefined)?._skippedBytes
      if (typeof skipped === 'number') ex.responseSize = skipped
      exchanges.push(ex)
      if (onProgress && (index + 1) % 2000 === 0) onProgress({ phase: 'analyze', entries: index + 1, total: 0 })
    } catch {
      problem = { code: 'invalid-json', message: `Entry ${index} is not valid JSON: ${index} entr${index === 1 ? 'y was' : 'ies were'} analyzed (entries before it). Export the capture again.` }
    }
  })
  let read = 0
  try {
    for (let c = first ?? (await chunks.next()).value; c; c = (await chunks.next()).value) {
      read += c.length
      scanner.push(c)
      onProgress?.({ phase: 'read', bytes: Math.min(read, size || read), total: size || read })
      if (problem) break
    }
  } catch (e) {
    problem = { code: 'decompress-failed', message: `The compressed capture could not be read to the end (${String((e as Error)?.message ?? e)}): ${exchanges.length} entries were analyzed.` }
  }
  const end = scanner.end()
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
    const n = exchanges.length
    problem = { code: 'truncated', message: `The file ends inside entry ${n}: ${n} complete entr${n === 1 ? 'y was' : 'ies were'} analyzed (entries 0–${Math.max(0, n - 1)}). Export the capture again to see the rest.` }
  }
  const meta: CaptureMeta = { name, bytes: size, exporter: creator, creator: label, entries: exchanges.length, warnings }
  onProgress?.({ phase: 'analyze', entries: exchanges.length, total: exchanges.length })
  return analyzeExchanges(meta, exchanges, problem)
}
