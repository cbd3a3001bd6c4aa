import type { RequestRow, RowColumns } from '../../core/index.ts'
import { STEP_NAME } from '../../core/report/step-names.ts'
import { offsetText, sizeText } from './columns.ts'
import { StatusChip } from './StatusChip.tsx'

export interface Span {
  t0: number | null
  total: number
}

/** The capture's time axis: its first start and the span to its last end. */
export function timeSpan(rows: RowColumns): Span {
  let t0: number | null = null
  let end = 0
  for (let i = 0; i < rows.length; i++) {
    const started = rows.startedMs[i]!
    if (Number.isNaN(started)) continue
    if (t0 === null || started < t0) t0 = started
    end = Math.max(end, started + (Number.isNaN(rows.durationMs[i]!) ? 0 : rows.durationMs[i]!))
  }
  return { t0, total: t0 === null ? 0 : Math.max(1, end - t0) }
}

/** A bar from the request's start to its end on the capture's time axis, like DevTools. */
function Waterfall({ row, span }: { row: RequestRow; span: Span }) {
  if (row.startedMs === null || span.t0 === null || span.total <= 0) return null
  const left = ((row.startedMs - span.t0) / span.total) * 100
  const width = Math.max(1.5, ((row.durationMs ?? 0) / span.total) * 100)
  const bar = { left: `${Math.min(left, 98.5)}%`, width: `${Math.min(width, 100 - left)}%` }
  return (
    <span className="waterfall" aria-hidden="true">
      <span style={bar} />
    </span>
  )
}

const FailMark = () => (
  <span className="fail-mark" title="A failing finding points at this request">
    ✗<span className="sr-only"> failing</span>{' '}
  </span>
)

export function RequestCell({ id, row, span, failing }: { id: string; row: RequestRow; span: Span; failing: boolean }) {
  switch (id) {
    case 'entry':
      return (
        <>
          {failing && <FailMark />}
          {row.entry}
        </>
      )
    case 'status':
      return <StatusChip status={row.status} failing={failing} />
    case 'step':
      return (
        <>
          {STEP_NAME[row.step]}
          {row.carrier === 'inspector-proxy' ? ' (via proxy)' : ''}
        </>
      )
    case 'time':
      return <>{offsetText(row, span.t0)}</>
    case 'waterfall':
      return <Waterfall row={row} span={span} />
    case 'size':
      return <>{sizeText(row.size)}</>
    case 'flow':
      return <>{row.flow ?? ''}</>
    default:
      return <>{String(row[id as keyof RequestRow] ?? '')}</>
  }
}
