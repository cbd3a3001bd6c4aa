// The rows the table shows, in order: worked out in the page for a few thousand rows (at once,
// so the table appears with the verdict), in the worker for more (a sort of 100,000 rows would be
// a long task here; issue #14). Until the worker answers, the table keeps showing what it showed.
import { useEffect, useMemo, useRef, useState } from 'react'
import type { RowColumns } from '../../core/index.ts'
import { viewInWorker } from '../engine.ts'
import { PAGE_VIEW_MAX_ROWS, viewOrder, type ViewQuery } from '../../core/report/row-view.ts'

export interface RowView {
  rows: RowColumns
  /** Indices into `rows`, in the order shown. */
  order: Int32Array
  key: string
}

/** `complete`: `rows` holds every row (the worker's "all"), not only the auth-related ones. */
export function useRowView(rows: RowColumns, complete: boolean, query: ViewQuery): RowView & { pending: boolean } {
  const key = JSON.stringify(query)
  const small = rows.length <= PAGE_VIEW_MAX_ROWS
  const local = useMemo(
    () => (small ? { rows, key, order: viewOrder(rows, JSON.parse(key) as ViewQuery) } : null),
    [rows, key, small],
  )
  const [remote, setRemote] = useState<RowView | null>(null)
  useEffect(() => {
    if (small) return
    let live = true
    void viewInWorker(complete ? 'all' : 'auth', JSON.parse(key) as ViewQuery).then((order) => {
      if (live && order) setRemote({ rows, key, order })
    })
    return () => {
      live = false
    }
  }, [rows, key, small, complete])
  const shown = useRef<RowView>({ rows, key: '', order: new Int32Array(0) })
  if (local) shown.current = local
  else if (remote && remote.rows === rows && remote.key === key) shown.current = remote
  return { ...shown.current, pending: shown.current.rows !== rows || shown.current.key !== key }
}
