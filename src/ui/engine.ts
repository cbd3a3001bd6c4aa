// Runs the analysis engine for files the user opens and feeds the store. Outside React on purpose.
import { createEngine, type Engine } from '../worker/engine.ts'
import { useApp } from './store/index.ts'
import { readEntryFromHash } from './store/url-state.ts'
import { exampleById, exampleFile } from './examples.ts'
import { SHARE_WARM_UP, type Report } from '../core/index.ts'
import { rememberedBase } from './share/share-base.ts'
import type { RowSet } from '../worker/protocol.ts'
import type { ViewQuery } from '../core/report/row-view.ts'

let engine: Engine | null = null
const getEngine = () => (engine ??= createEngine())
/** Starts the worker before any file is chosen: loading its script costs 50–100 ms that would
 * otherwise come between the drop and the first byte read (BENCHMARKS.md). */
export function warmEngine(): void {
  getEngine()
}

/** One-time costs of showing a report, paid while the worker analyzes and the page is idle:
 * the share vocabulary and patterns, and the first localStorage read (the share panel's public
 * address, 10–15 ms). Each in a task of its own, so none of them is a long task. */
const warmUps = [...SHARE_WARM_UP, () => void rememberedBase()]
function warmMainThread(): void {
  const next = warmUps.shift()
  if (!next) return
  setTimeout(() => {
    next()
    warmMainThread()
  }, 0)
}

/** The file behind the current report: a handle, so "Download redacted HAR" can read it again. */
let currentFile: { file: Blob; name: string } | null = null

export async function analyzeFile(file: Blob, name: string, exampleId: string | null = null): Promise<void> {
  const { startLoading, setProgress, setResult, setError, report: before } = useApp.getState()
  // `#entry=N` in the URL selects entry N of the first report opened (a link or a reload);
  // a later file starts without a selection.
  const fromHash = before === null ? readEntryFromHash(location.hash) : null
  startLoading(name, exampleId)
  currentFile = { file, name }
  warmMainThread()
  const result = await getEngine().analyze(file, name, setProgress)
  if ('cancelled' in result) return
  if (!result.ok) {
    setError(name, result.error)
    return
  }
  const { report, rows, rowCount } = result.value
  setResult(report, rows, rowCount, fromHash !== null && fromHash < rowCount ? fromHash : null)
}

export function cancelAnalysis(): void {
  getEngine().cancel()
  const s = useApp.getState()
  if (s.report) useApp.setState({ status: 'ready', progress: null })
  else s.reset()
}

/** Opens a bundled example by id; the id goes into the URL so a reload opens it again. */
export async function loadExample(id: string): Promise<void> {
  const file = (await exampleById(id))?.file ?? `${id}.har`
  const blob = await exampleFile(file)
  if (!blob) {
    useApp.getState().setError(file, { code: 'empty', message: `The example ${file} could not be loaded.` })
    return
  }
  await analyzeFile(blob, file, id)
}

export function fetchEntry(entry: number) {
  return getEngine().entry(entry)
}

export async function redactCurrentFile(): Promise<
  { ok: true; text: string; name: string; lost: string[] } | { ok: false; message: string }
> {
  if (!currentFile) return { ok: false, message: 'No capture is open.' }
  const r = await getEngine().redact(currentFile.file, currentFile.name)
  return r.ok
    ? {
        ok: true,
        text: r.text,
        lost: r.lost,
        name: currentFile.name.replace(/(\.har)?(\.gz|\.zhar|\.zip|\.json)?$/i, '') + '.redacted.har',
      }
    : { ok: false, message: r.error.message }
}

/** A second engine for the capture to compare with, so the first keeps its entries. */
let compareEngine: Engine | null = null

export async function analyzeForCompare(
  file: Blob,
  name: string,
): Promise<{ ok: true; report: Report } | { ok: false; message: string }> {
  compareEngine ??= createEngine()
  const r = await compareEngine.analyze(file, name, () => undefined)
  if ('cancelled' in r) return { ok: false, message: 'Cancelled.' }
  return r.ok ? { ok: true, report: r.value.report } : { ok: false, message: r.error.message }
}

/** The report whose rows are on their way (a later report asks again). */
let loadingRowsOf: Report | null = null

/** All rows, fetched once from the worker in columns (a few ms for the page to receive). */
export async function loadAllRows(): Promise<void> {
  const { report, rowsComplete } = useApp.getState()
  if (rowsComplete || !report || loadingRowsOf === report) return
  loadingRowsOf = report
  try {
    const rows = await getEngine().rows()
    if (rows && useApp.getState().report === report) useApp.getState().setAllRows(rows)
  } finally {
    if (loadingRowsOf === report) loadingRowsOf = null
  }
}

/** The order of the rows a query shows, worked out by the worker beside its copy of the rows. */
export function viewInWorker(rows: RowSet, query: ViewQuery): Promise<Int32Array | null> {
  return getEngine().view(rows, query)
}
