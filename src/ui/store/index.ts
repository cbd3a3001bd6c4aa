// One zustand store made of slices that hold facts: the session (status, report, rows, error,
// progress), the selection and the filters. Everything shown is derived from these.
import { create, type StateCreator } from 'zustand'
import {
  noRows,
  type Artefact,
  type IngestError,
  type Report,
  type RowColumns,
  type SharedReport,
} from '../../core/index.ts'
import type { Progress } from '../../worker/protocol.ts'

export type Status = 'idle' | 'loading' | 'ready' | 'error'

export interface SessionSlice {
  status: Status
  fileName: string | null
  /** The bundled example behind the report, so a reload can open it again (`#example=id`). */
  exampleId: string | null
  report: Report | null
  /** A report opened from a share link: redacted and read-only. */
  shared: SharedReport | null
  /** The pasted text behind a text report, with what was recognised in it. */
  pasted: { text: string; artefacts: Artefact[] } | null
  /** A second report to compare the current one with. */
  other: Report | null
  /** The table's rows in columns: the auth-related ones, then all of them once `rowsComplete`. */
  rows: RowColumns
  /** How many rows the capture has. */
  rowCount: number
  rowsComplete: boolean
  error: IngestError | null
  progress: Progress | null
  startLoading(fileName: string, exampleId?: string | null): void
  setProgress(progress: Progress): void
  setResult(report: Report, rows: RowColumns, rowCount: number, selectedEntry?: number | null): void
  setAllRows(rows: RowColumns): void
  setShared(shared: SharedReport): void
  setPasted(report: Report, text: string, artefacts: Artefact[]): void
  setOther(other: Report | null): void
  setError(fileName: string, error: IngestError): void
  reset(): void
}

export interface SelectionSlice {
  selectedEntry: number | null
  /** Bumped when a selection should bring region "Entry" into view and move focus into it. */
  focusRequest: number
  selectEntry(entry: number | null, options?: { focus?: boolean }): void
}

export type StatusFilter = Record<'fail' | 'unknown' | 'pass', boolean>

export interface FilterSlice {
  findingStatus: StatusFilter
  authOnly: boolean
  search: string
  toggleFindingStatus(status: keyof StatusFilter): void
  setAuthOnly(on: boolean): void
  setSearch(search: string): void
}

export type AppState = SessionSlice & SelectionSlice & FilterSlice

/** A session with nothing loaded: the start state, and what Reset returns to (a fresh object each time). */
const nothingLoaded = () =>
  ({
    status: 'idle',
    fileName: null,
    exampleId: null,
    report: null,
    shared: null,
    pasted: null,
    other: null,
    rows: noRows(),
    error: null,
    progress: null,
  }) satisfies Partial<SessionSlice>

const session: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  ...nothingLoaded(),
  rowCount: 0,
  rowsComplete: true,
  startLoading: (fileName, exampleId = null) =>
    set({ status: 'loading', fileName, exampleId, progress: null, error: null }),
  setProgress: (progress) => set({ progress }),
  setResult: (report, rows, rowCount, selectedEntry = null) =>
    set({
      status: 'ready',
      report,
      rows,
      rowCount,
      rowsComplete: rows.length === rowCount,
      shared: null,
      pasted: null,
      other: null,
      error: null,
      progress: null,
      selectedEntry,
    }),
  setPasted: (report, text, artefacts) =>
    set({
      status: 'ready',
      report,
      exampleId: null,
      rows: noRows(),
      rowCount: 0,
      rowsComplete: true,
      shared: null,
      pasted: { text, artefacts },
      other: null,
      error: null,
      progress: null,
      selectedEntry: null,
      fileName: report.input.name,
    }),
  setOther: (other) => set({ other }),
  setAllRows: (rows) => set({ rows, rowsComplete: true }),
  setShared: (shared) =>
    set({ status: 'ready', shared, report: null, rows: noRows(), error: null, progress: null, selectedEntry: null }),
  setError: (fileName, error) => set({ status: 'error', fileName, error, progress: null }),
  reset: () => set({ ...nothingLoaded(), selectedEntry: null }),
})

const selection: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedEntry: null,
  focusRequest: 0,
  selectEntry: (selectedEntry, options) =>
    set((s) => ({ selectedEntry, focusRequest: options?.focus ? s.focusRequest + 1 : s.focusRequest })),
})

const filters: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  findingStatus: { fail: true, unknown: true, pass: false },
  authOnly: true,
  search: '',
  toggleFindingStatus: (status) =>
    set((s) => ({ findingStatus: { ...s.findingStatus, [status]: !s.findingStatus[status] } })),
  setAuthOnly: (authOnly) => set({ authOnly }),
  setSearch: (search) => set({ search }),
})

export const useApp = create<AppState>()((...a) => ({ ...session(...a), ...selection(...a), ...filters(...a) }))
