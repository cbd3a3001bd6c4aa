// Browser history for start ↔ report ↔ entry (PRODUCT §10): every report and every selected
// entry is a history entry, so Back and Forward move between them without reading the file
// again, and the tab title names the open file. Only view state goes into the URL.
import { useApp, type AppState } from './index.ts'
import { hashFor, isShareHash, readExampleFromHash } from './url-state.ts'

interface HistoryState {
  app: 'mcp-oauth-har'
  session: string | null
  entry: number | null
}
type Snapshot = Pick<
  AppState,
  'report' | 'rows' | 'rowCount' | 'rowsComplete' | 'fileName' | 'exampleId' | 'pasted' | 'other'
>

const APP = 'mcp-oauth-har'
const PAGE_LOAD = Math.random().toString(36).slice(2, 8)
let counter = 0
let session: string | null = null
/** The current report, kept when Back returns to the start page so Forward can bring it back. */
let kept: Snapshot | null = null
let applying = false
let replaceNext = false
let reopen: (exampleId: string) => Promise<void> = async () => undefined
const defaultTitle = typeof document === 'undefined' ? APP : document.title

const url = (s: AppState) => `${location.pathname}${location.search}${hashFor(s.exampleId, s.selectedEntry)}`
const snapshot = (s: AppState): Snapshot => ({
  report: s.report,
  rows: s.rows,
  rowCount: s.rowCount,
  rowsComplete: s.rowsComplete,
  fileName: s.fileName,
  exampleId: s.exampleId,
  pasted: s.pasted,
  other: s.other,
})

function write(state: HistoryState, to: string): void {
  if (replaceNext) history.replaceState(state, '', to)
  else history.pushState(state, '', to)
  replaceNext = false
}

function titleFor(s: AppState): string {
  if (s.shared) return `Shared report — ${APP}`
  if (s.status === 'loading') return `Analyzing ${s.fileName ?? 'file'} — ${APP}`
  if (s.status === 'error') return `Cannot analyze ${s.fileName ?? 'file'} — ${APP}`
  if (s.status === 'ready' && s.report) return `${s.fileName ?? s.report.input.name} — ${APP}`
  return defaultTitle
}

function onChange(s: AppState, prev: AppState): void {
  const title = titleFor(s)
  if (document.title !== title) document.title = title
  // A shared report is the link itself; a report opened over it replaces the link in the URL.
  if (applying || s.shared) return
  if (s.report && s.report !== prev.report && s.status === 'ready') {
    session = `${PAGE_LOAD}-${++counter}`
    kept = snapshot(s)
    write({ app: APP, session, entry: s.selectedEntry }, url(s))
  } else if (s.report && s.selectedEntry !== prev.selectedEntry) {
    write({ app: APP, session, entry: s.selectedEntry }, url(s))
  } else if (!s.report && prev.report && s.status === 'idle') {
    write({ app: APP, session: null, entry: null }, `${location.pathname}${location.search}`)
  }
  if (s.report) kept = snapshot(s)
}

function onPop(e: PopStateEvent): void {
  if (isShareHash(location.hash)) return
  const state = e.state as HistoryState | null
  // No state: the user typed a new fragment (`#entry=7`); the hashchange handlers take it.
  if (!state || state.app !== APP) return
  const app = useApp.getState()
  applying = true
  try {
    if (state.session === null) {
      if (app.report || app.status === 'error') app.reset()
    } else if (state.session === session && kept) {
      if (app.report !== kept.report) {
        useApp.setState({ ...kept, status: 'ready', shared: null, error: null, progress: null })
      }
      useApp.getState().selectEntry(state.entry)
    } else {
      // A report from before a reload or an older one: reopen it if it was a bundled example.
      app.reset()
      const example = readExampleFromHash(location.hash)
      if (example) {
        replaceNext = true
        void reopen(example)
      }
    }
  } finally {
    applying = false
  }
}

/** A `#example=id` typed into the address bar opens that example. */
function onHash(): void {
  if (isShareHash(location.hash)) return
  const example = readExampleFromHash(location.hash)
  const s = useApp.getState()
  if (example && example !== s.exampleId && s.status !== 'loading') {
    replaceNext = true
    void reopen(example)
  }
}

/** Starts mirroring the store into history and the title; `reopenExample` reloads a bundled
 * example named in the URL (at start and on Back/Forward to an older report). */
export function startHistory(reopenExample: (exampleId: string) => Promise<void>): () => void {
  reopen = reopenExample
  // Mark the page's first history entry as ours: a popstate without state is then a typed fragment.
  if (!(history.state as HistoryState | null)?.app) {
    history.replaceState({ app: APP, session: null, entry: null } satisfies HistoryState, '')
  }
  const example = readExampleFromHash(location.hash)
  if (example && !useApp.getState().report) {
    replaceNext = true
    void reopen(example)
  }
  const unsubscribe = useApp.subscribe(onChange)
  window.addEventListener('popstate', onPop)
  window.addEventListener('hashchange', onHash)
  return () => {
    unsubscribe()
    window.removeEventListener('popstate', onPop)
    window.removeEventListener('hashchange', onHash)
  }
}

/** The next report replaces the current history entry (a reload that restores the view). */
export function replaceNextHistoryEntry(): void {
  replaceNext = true
}
