// A large file on two cores: a scanning worker finds and packs entries while this thread parses
// and analyses them (the two halves of core/stream). 'unavailable' when no scanning worker runs
// here (the caller then streams on one thread); null when the input needs the whole-file path.
import { BatchAnalysis, type Analysis, type StreamProgress } from '../core/index.ts'
import type { ScanMessage } from './scan-protocol.ts'

function startScanner(): Worker | null {
  try {
    if (typeof Worker !== 'function' || typeof MessageChannel !== 'function') return null
    return new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

export async function analyzeOnTwoThreads(
  file: Blob,
  name: string,
  onProgress: (p: StreamProgress) => void,
): Promise<Analysis | null | 'unavailable'> {
  const scanner = startScanner()
  if (!scanner) return 'unavailable'
  const channel = new MessageChannel()
  const analysis = new BatchAnalysis(name, file.size, onProgress)
  let heard = false
  return new Promise<Analysis | null | 'unavailable'>((resolve, reject) => {
    const done = (finish: () => void) => {
      channel.port1.close()
      scanner.terminate()
      finish()
    }
    // A worker that fails before it says anything could not start (module workers unsupported).
    scanner.onerror = (e) =>
      done(() => (heard ? reject(new Error(`The scanning worker failed: ${e.message}`)) : resolve('unavailable')))
    channel.port1.onmessage = (event: MessageEvent<ScanMessage>) => {
      const m = event.data
      heard = true
      try {
        if (m.type === 'batch') analysis.add(m.batch)
        else if (m.type === 'progress') onProgress(m.progress)
        else if (m.type === 'end') done(() => resolve(m.end ? analysis.finish(m.end) : null))
        else done(() => reject(new Error(m.message)))
      } catch (e) {
        done(() => reject(e instanceof Error ? e : new Error(String(e))))
      }
    }
    scanner.postMessage({ file, port: channel.port2 }, [channel.port2])
  })
}
