// Reads a dropped or chosen file (or a bundled example) and runs the core on it.
// Runs on the main thread for now; the web-app issue moves this into a worker.
import { analyzeCapture } from '../core/index.ts'
import { useApp } from './store.ts'

export async function analyzeBytes(bytes: Uint8Array, name: string): Promise<void> {
  const { setLoading, setReport, setError } = useApp.getState()
  setLoading(name)
  // Let the loading state paint before the synchronous analysis.
  await new Promise((r) => setTimeout(r, 0))
  try {
    const { report } = analyzeCapture(bytes, name)
    if (report.input.error && report.flows.length === 0 && report.input.entries === 0) setError(name, report.input.error)
    else setReport(report)
  } catch (e) {
    setError(name, { code: 'not-har', message: `The analysis failed unexpectedly: ${String((e as Error)?.message ?? e)}` })
  }
}

export async function analyzeFile(file: File): Promise<void> {
  await analyzeBytes(new Uint8Array(await file.arrayBuffer()), file.name)
}

export async function loadExample(file: string): Promise<void> {
  const res = await fetch(`examples/${file}`)
  await analyzeBytes(new Uint8Array(await res.arrayBuffer()), file)
}
