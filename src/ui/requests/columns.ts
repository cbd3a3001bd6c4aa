// Requests table definition (TanStack Table v9): features and columns at module scope so their
// references stay stable across renders.
import {
  columnFilteringFeature,
  columnSizingFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table'
import type { RequestRow } from '../../core/index.ts'

export const features = tableFeatures({
  columnSizingFeature,
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
})

const helper = createColumnHelper<typeof features, RequestRow>()

export const SEARCHABLE = new Set(['method', 'host', 'path', 'status', 'step', 'flow'])

export const columns = helper.columns([
  helper.accessor('entry', { header: '#', size: 56, sortFn: 'basic' }),
  helper.accessor('startedMs', { id: 'time', header: 'Time', size: 80, sortFn: 'basic', sortUndefined: 'last' }),
  helper.accessor('method', { header: 'Method', size: 76, sortFn: 'alphanumeric' }),
  helper.accessor('host', { header: 'Host', size: 200, sortFn: 'alphanumeric' }),
  helper.accessor('path', { header: 'Path', size: 260, sortFn: 'alphanumeric' }),
  helper.accessor('status', { header: 'Status', size: 64, sortFn: 'basic' }),
  helper.accessor('step', { header: 'Step', size: 170, sortFn: 'alphanumeric' }),
  helper.accessor((r) => r.flow ?? '', { id: 'flow', header: 'Flow', size: 64, sortFn: 'alphanumeric' }),
  helper.accessor('size', { header: 'Size', size: 72, sortFn: 'basic' }),
])

export function formatCell(id: string, row: RequestRow, t0: number | null): string {
  switch (id) {
    case 'time': return row.startedMs === null || t0 === null ? '' : `+${((row.startedMs - t0) / 1000).toFixed(2)} s`
    case 'size': return row.size >= 1024 ? `${(row.size / 1024).toFixed(1)} kB` : `${row.size} B`
    case 'status': return row.status === 0 ? '(none)' : String(row.status)
    case 'step': return row.step === 'other' ? '' : row.step + (row.carrier ? ' (via proxy)' : '')
    case 'flow': return row.flow ?? ''
    default: return String(row[id as keyof RequestRow] ?? '')
  }
}
