import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTable, type SortingState } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { rowAt, rowOfEntry } from '../../core/index.ts'
import { useApp } from '../store/index.ts'
import { features, makeColumns } from './columns.ts'
import { RequestCell, timeSpan } from './RequestCell.tsx'
import { loadAllRows } from '../engine.ts'
import { observeRectAfterLayout, scrollUnlessNew } from './virtualizer-layout.ts'
import type { StatusClass } from '../../core/report/row-view.ts'
import { useRowView } from './use-row-view.ts'

const ROW_HEIGHT = 28
type Chip = StatusClass | 'failing'
const CHIPS: Chip[] = ['failing', '2xx', '3xx', '4xx', '5xx']
const NO_ROWS: never[] = []

export function RequestTable() {
  const rows = useApp((s) => s.rows)
  const rowCount = useApp((s) => s.rowCount)
  const rowsComplete = useApp((s) => s.rowsComplete)
  const authOnly = useApp((s) => s.authOnly)
  const setAuthOnly = useApp((s) => s.setAuthOnly)
  const search = useApp((s) => s.search)
  const setSearch = useApp((s) => s.setSearch)
  const selected = useApp((s) => s.selectedEntry)
  const selectEntry = useApp((s) => s.selectEntry)
  const report = useApp((s) => s.report)
  const [chips, setChips] = useState<Set<Chip>>(new Set())
  const [sorting, setSorting] = useState<SortingState>([])
  useEffect(() => {
    if (!authOnly) void loadAllRows()
  }, [authOnly])
  const failingList = useMemo(() => {
    const fails = report?.findings.filter((f) => f.status === 'fail' && f.severity !== 'info') ?? []
    return [...new Set(fails.flatMap((f) => f.entries))].sort((a, b) => a - b)
  }, [report])
  const failing = useMemo(() => new Set(failingList), [failingList])
  const view = useRowView(rows, rowsComplete, {
    authOnly,
    failingOnly: chips.has('failing'),
    classes: CHIPS.filter((c): c is StatusClass => c !== 'failing' && chips.has(c)),
    failing: failingList,
    search,
    sorting,
  })
  const { order } = view
  const span = useMemo(() => timeSpan(view.rows), [view.rows])
  const columns = useMemo(() => makeColumns(view.rows, span.t0), [view.rows, span.t0])
  // TanStack keeps the headers, widths and sorting state; `useRowView` filters and sorts.
  const table = useTable({ features, columns, data: NO_ROWS, state: { sorting }, onSortingChange: setSorting })
  const leafColumns = table.getAllLeafColumns()
  const scrollRef = useRef<HTMLDivElement>(null)
  const boxHeight = Math.min(420, 36 + order.length * ROW_HEIGHT)
  const getItemKey = useCallback((i: number) => view.rows.entry[order[i]!]!, [view.rows, order])
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    initialRect: { width: 0, height: boxHeight },
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollUnlessNew,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey,
  })
  const selectedIndex = useMemo(() => {
    const at = selected === null ? -1 : rowOfEntry(view.rows, selected)
    return at < 0 ? -1 : order.indexOf(at)
  }, [selected, view.rows, order])
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])
  const onRowKey = (e: KeyboardEvent, entry: number, index: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      selectEntry(entry)
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const next = Math.min(order.length - 1, Math.max(0, index + (e.key === 'ArrowDown' ? 1 : -1)))
      virtualizer.scrollToIndex(next)
      requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus())
    }
  }
  const toggle = (c: Chip) =>
    setChips((s) => {
      const n = new Set(s)
      if (n.has(c)) n.delete(c)
      else n.add(c)
      return n
    })
  const showAll = () => {
    setAuthOnly(false)
    setChips(new Set())
    setSearch('')
  }
  const hidden = selected !== null && selectedIndex < 0
  return (
    <section aria-label="Requests" className="panel requests">
      <h2>Requests</h2>
      <div className="table-tools">
        <label>
          <input type="checkbox" checked={authOnly} onChange={(e) => setAuthOnly(e.target.checked)} /> Auth-related only
        </label>
        <span className="chip-filters" role="group" aria-label="Filter by status">
          {CHIPS.map((c) => (
            <button
              key={c}
              type="button"
              className={`chip-filter ${c}`}
              aria-pressed={chips.has(c)}
              onClick={() => toggle(c)}
            >
              {c}
            </button>
          ))}
        </span>
        <label>
          Search{' '}
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="host, path, status, step…"
          />
        </label>
        <span className="muted" role="status">
          {order.length.toLocaleString('en')} of {rowCount.toLocaleString('en')} requests
          {view.pending || (!authOnly && !rowsComplete) ? ' (loading…)' : ''}
        </span>
      </div>
      {hidden && (
        <p className="muted">
          Entry #{selected} is hidden by the filters.{' '}
          <button type="button" className="link entry-link" onClick={showAll}>
            Show all requests
          </button>
        </p>
      )}
      <div ref={scrollRef} className="table-scroll" style={{ height: boxHeight }}>
        <table className="grid-table" aria-rowcount={order.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((h) => {
                  const sorted = h.column.getIsSorted()
                  return (
                    <th
                      key={h.id}
                      style={{ width: h.getSize() }}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button type="button" className="link" onClick={h.column.getToggleSortingHandler()}>
                        <table.FlexRender header={h} />
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </button>
                    </th>
                  )
                })}
              </tr>
            ))}
          </thead>
          <tbody style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const r = rowAt(view.rows, order[item.index]!)
              const bad = failing.has(r.entry)
              return (
                <tr
                  key={item.key}
                  data-index={item.index}
                  tabIndex={0}
                  aria-selected={r.entry === selected}
                  className={[
                    r.entry === selected && 'selected',
                    (r.status >= 400 || r.status === 0) && 'bad',
                    bad && 'failing',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  style={{ transform: `translateY(${item.start}px)` }}
                  onClick={() => selectEntry(r.entry)}
                  onKeyDown={(e) => onRowKey(e, r.entry, item.index)}
                >
                  {leafColumns.map((column) => (
                    <td key={column.id} className={`col-${column.id}`} style={{ width: column.getSize() }}>
                      <RequestCell id={column.id} row={r} span={span} failing={bad} />
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
