// The streaming path: bytes arrive in chunks (File.stream(), fs.createReadStream), entries are
// found by the byte scanner and parsed in batches, large bodies no rule needs are skipped without
// being decoded (the body keeper asks the whole-file path's classifier). Memory is bounded by
// what is kept, not by the file's size. The result equals the whole-file path's (a test compares
// them on every fixture, padded with large bodies, over arbitrary chunking).
import type { Analysis } from '../analyze.ts'
import { BatchAnalysis, type AnalyzeProgress } from './batch-analysis.ts'
import { scanCapture, type ReadProgress, type Source } from './scan-capture.ts'
import { RestartExact } from './fast-batch.ts'

export type StreamProgress = ReadProgress | AnalyzeProgress

/** Above this size the CLI and the worker stream captures: memory follows what is kept, and files
 * past V8's ~512 MB string limit open. */
export const STREAM_FROM_BYTES = 16 * 1024 * 1024

export interface StreamOptions {
  /** False reads every entry with the byte scanner (the fast reader's yardstick in tests). */
  fast?: boolean
  /** How the file was read: entries found by the fast reader, and whether it had to start again. */
  onRead?: (r: { fastEntries: number; restarted: boolean }) => void
}

/** Null when the input needs the whole-file path (zip archives, UTF-16 text, not a HAR). `open`
 * is called again when the fast reader guessed the layout wrong (a broken or unusual file): the
 * second read uses the byte scanner alone, so the result is always the exact one. */
export async function analyzeStream(
  open: () => Source,
  name: string,
  size: number,
  onProgress?: (p: StreamProgress) => void,
  options: StreamOptions = {},
): Promise<Analysis | null> {
  if (options.fast !== false) {
    try {
      return await readOnce(open(), name, size, true, onProgress, options)
    } catch (e) {
      if (!(e instanceof RestartExact)) throw e
    }
  }
  return readOnce(open(), name, size, false, onProgress, options)
}

async function readOnce(
  source: Source,
  name: string,
  size: number,
  fast: boolean,
  onProgress: ((p: StreamProgress) => void) | undefined,
  options: StreamOptions,
): Promise<Analysis | null> {
  const analysis = new BatchAnalysis(name, size, onProgress)
  const end = await scanCapture(source, size, (batch) => analysis.add(batch), onProgress, fast)
  if (!end) return null
  const result = analysis.finish(end)
  options.onRead?.({ fastEntries: end.fastEntries, restarted: !fast && options.fast !== false })
  return result
}
