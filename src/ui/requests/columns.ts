// Requests table definition (TanStack Table v9): features at module scope, columns made once per
// capture (the # and time columns are as wide as their longest value, so they never truncate).
// TanStack keeps the headers, widths and sorting state; the rows it would filter and sort are
// 100,000 objects, so `row-view.ts` filters and sorts the rows in columns instead (issue #14).
import { columnSizingFeature, createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { RequestRow, RowColumns } from '../../core/index.ts'

export const features = tableFeatures({ columnSizingFeature, rowSortingFeature })

const helper = createColumnHelper<typeof features, RequestRow>()

/** Pixels for `chars` characters of the table's tabular digits, plus padding and a marker. */
const widthFor = (chars: number, extra = 0) => Math.ceil(chars * 8.5 + 18 + extra)

export function offsetText(row: Pick<RequestRow, 'startedMs'>, t0: number | null): string {
  return row.startedMs === null || t0 === null ? '' : `+${((row.startedMs - t0) / 1000).toFixed(2)} s`
}

/** The widest # and time texts, from the largest entry and the latest start (offsets from the
 * first start are never negative, and a larger one never prints shorter). */
export function makeColumns(rows: RowColumns, t0: number | null) {
  let maxEntry = 0
  let latest = -Infinity
  for (let i = 0; i < rows.length; i++) {
    maxEntry = Math.max(maxEntry, rows.entry[i]!)
    if (rows.startedMs[i]! > latest) latest = rows.startedMs[i]! // NaN (no start) is never greater
  }
  const latestText = latest === -Infinity ? '' : offsetText({ startedMs: latest }, t0)
  const maxTime = Math.max(4, latestText.length)
  // Numbers sort largest first on the first click and text A to Z, as TanStack does by itself
  // when it sees the values (here it sees no rows).
  const number = { sortDescFirst: true }
  const text = { sortDescFirst: false }
  return helper.columns([
    helper.accessor('entry', { header: '#', size: widthFor(String(maxEntry).length, 14), ...number }),
    helper.accessor('status', { header: 'Status', size: 76, ...number }),
    helper.accessor('method', { header: 'Method', size: 84, ...text }),
    helper.accessor('step', { id: 'step', header: 'Step', size: 220, ...text }),
    helper.accessor('startedMs', { id: 'time', header: 'Time', size: widthFor(maxTime), ...number }),
    helper.accessor('startedMs', { id: 'waterfall', header: 'Waterfall', size: 120, ...number }),
    helper.accessor('host', { header: 'Host', size: 190, ...text }),
    helper.accessor('path', { header: 'Path', size: 240, ...text }),
    helper.accessor('size', { header: 'Size', size: 76, ...number }),
    helper.accessor('flow', { id: 'flow', header: 'Flow', size: 64, ...text }),
  ])
}

export function sizeText(size: number): string {
  return size >= 1000 ? `${(size / 1000).toFixed(1)} kB` : `${size} B`
}
