// Requests table definition (TanStack Table v9): features at module scope, columns made once per
// capture (the # and time columns are as wide as their longest value, so they never truncate).
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
import { STEP_NAME } from '../step-names.ts'

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

/** Pixels for `chars` characters of the table's tabular digits, plus padding and a marker. */
const widthFor = (chars: number, extra = 0) => Math.ceil(chars * 8.5 + 18 + extra)

export function offsetText(row: RequestRow, t0: number | null): string {
  return row.startedMs === null || t0 === null ? '' : `+${((row.startedMs - t0) / 1000).toFixed(2)} s`
}

export function makeColumns(rows: readonly RequestRow[], t0: number | null) {
  const maxEntry = rows.reduce((m, r) => Math.max(m, r.entry), 0)
  const maxTime = rows.reduce((m, r) => Math.max(m, offsetText(r, t0).length), 4)
  return helper.columns([
    helper.accessor('entry', { header: '#', size: widthFor(String(maxEntry).length, 14), sortFn: 'basic' }),
    helper.accessor('status', { header: 'Status', size: 76, sortFn: 'basic' }),
    helper.accessor('method', { header: 'Method', size: 84, sortFn: 'alphanumeric' }),
    helper.accessor((r) => STEP_NAME[r.step] + (r.carrier === 'inspector-proxy' ? ' (via proxy)' : ''), {
      id: 'step',
      header: 'Step',
      size: 220,
      sortFn: 'alphanumeric',
    }),
    helper.accessor('startedMs', {
      id: 'time',
      header: 'Time',
      size: widthFor(maxTime),
      sortFn: 'basic',
      sortUndefined: 'last',
    }),
    helper.accessor('startedMs', {
      id: 'waterfall',
      header: 'Waterfall',
      size: 120,
      sortFn: 'basic',
      sortUndefined: 'last',
    }),
    helper.accessor('host', { header: 'Host', size: 190, sortFn: 'alphanumeric' }),
    helper.accessor('path', { header: 'Path', size: 240, sortFn: 'alphanumeric' }),
    helper.accessor('size', { header: 'Size', size: 76, sortFn: 'basic' }),
    helper.accessor((r) => r.flow ?? '', { id: 'flow', header: 'Flow', size: 64, sortFn: 'alphanumeric' }),
  ])
}

export function sizeText(size: number): string {
  return size >= 1000 ? `${(size / 1000).toFixed(1)} kB` : `${size} B`
}
