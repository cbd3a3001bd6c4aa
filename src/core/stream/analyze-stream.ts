// The streaming path: bytes arrive in chunks (File.stream(), fs.createReadStream), entries are
// found by the byte scanner and parsed in batches, large bodies no rule needs are skipped without
// being decoded (the body keeper asks the whole-file path's classifier). Memory is bounded by
// what is kept, not by the file's size. The result equals the whole-file path's (a test compares
// them on every fixture, padded with large bodies, over arbitrary chunking).
import type { Analysis } from '../analyze.ts'
import { BatchAnalysis, type AnalyzeProgress } from './batch-analysis.ts'
import { scanCapture, type ReadProgress, type Source } from './scan-capture.ts'

export type StreamProgress = ReadProgress | AnalyzeProgress

/** Above this size the CLI and the worker stream captures: memory follows what is kept, and files
 * past V8's ~512 MB string limit open. */
export const STREAM_FROM_BYTES = 16 * 1024 * 1024

/** Null when the input needs the whole-file path (zip archives, UTF-16 text, not a HAR). */
export async function analyzeStream(
  source: Source,
  name: string,
  size: number,
  onProgress?: (p: StreamProgress) => void,
): Promise<Analysis | null> {
  const analysis = new BatchAnalysis(name, size, onProgress)
  const end = await scanCapture(source, size, (batch) => analysis.add(batch), onProgress)
  return end ? analysis.finish(end) : null
}
