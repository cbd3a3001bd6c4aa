// App state: facts only (status, the report, the error). Views derive from these.
import { create } from 'zustand'
import type { IngestError, Report } from '../core/index.ts'

export type Status = 'idle' | 'loading' | 'ready' | 'error'

interface AppState {
  status: Status
  report: Report | null
  error: IngestError | null
  fileName: string | null
  setLoading(fileName: string): void
  setReport(report: Report): void
  setError(fileName: string, error: IngestError): void
  reset(): void
}

export const useApp = create<AppState>()((set) => ({
  status: 'idle',
  report: null,
  error: null,
  fileName: null,
  setLoading: (fileName) => set({ status: 'loading', fileName, error: null }),
  setReport: (report) => set({ status: 'ready', report, error: null }),
  setError: (fileName, error) => set({ status: 'error', fileName, error }),
  reset: () => set({ status: 'idle', report: null, error: null, fileName: null }),
}))
