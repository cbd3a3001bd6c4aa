import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useApp } from '../store/index.ts'
import { columns, features, formatCell, SEARCHABLE } from './columns.ts'
import { loadAllRows } from '../engine.ts'

const ROW_HEIGHT = 28

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
  useEffect(() => {
    if (!authOnly) void loadAllRows()
  }, [authOnly])
  const data = useMemo(() => (authOnly ? rows.filter((r) => r.auth) : rows), [rows, authOnly])
  const t0 = useMemo(() => rows.reduce<number | null>((m, r) => (r.startedMs !== null && (m === null || r.startedMs < m) ? r.startedMs : m), null), [rows])
  const table = useTable({
    features,
    columns,
    data,
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => SEARCHABLE.has(column.id),
    state: { globalFilter: search },
    onGlobalFilterChange: (u) => setSearch(String(typeof u === 'function' ? u(search) : (u ?? ''))),
  })
  const model = table.getRowModel().rows
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: model.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12, getItemKey: (i) => model[i]!.id })
  const onRowKey = (e: KeyboardEvent, entry: number, index: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      selectEntry(entry)
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const next = Math.min(model.length - 1, Math.max(0, index + (e.key === 'ArrowDown' ? 1 : -1)))
      virtualizer.scrollToIndex(next)
      requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus())
    }
  }
  return (
    <section aria-label="Requests" className="panel requests">
      <h2>Requests</h2>
      <div className="table-tools">
        <label><input type="checkbox" checked={authOnly} onChange={(e) => setAuthOnly(e.target.checked)} /> Auth-related only</label>
        <label>Search <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="host, path, status, step…" /></label>
        <span className="muted" role="status">{model.length.toLocaleString('en')} of {rowCount.toLocaleString('en')} requests{rowsComplete ? '' : ` (loading ${rows.length.toLocaleString('en')}…)`}</span>
      </div>
      <div ref={scrollRef} className="table-scroll" style={{ height: Math.min(420, 36 + model.length * ROW_HEIGHT) }}>
        <table className="grid-table" aria-rowcount={model.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((h) => {
                  const sorted = h.column.getIsSorted()
                  return (
                    <th key={h.id} style={{ width: h.getSize() }} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                      <button type="button" className="link" onClick={h.column.getToggleSortingHandler()}>
                        <table.FlexRender header={h} />{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </button>
                    </th>
                  )
                })}
              </tr>
            ))}
          </thead>
          <tbody style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = model[item.index]!
              const r = row.original
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  tabIndex={0}
                  aria-selected={r.entry === selected}
                  className={`${r.entry === selected ? 'selected' : ''}${r.status >= 400 || r.status === 0 ? ' bad' : ''}`}
                  style={{ transform: `translateY(${item.start}px)` }}
                  onClick={() => selectEntry(r.entry)}
                  onKeyDown={(e) => onRowKey(e, r.entry, item.index)}
                >
                  {row.getAllCells().map((cell) => <td key={cell.id} style={{ width: cell.column.getSize() }}>{formatCell(cell.column.id, r, t0)}</td>)}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
