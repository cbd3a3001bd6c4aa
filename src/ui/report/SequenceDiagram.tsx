import { useMemo, type KeyboardEvent } from 'react'
import type { Finding, SharedFlow } from '../../core/index.ts'
import { useApp } from '../store/index.ts'
import { LANES, layoutFlow, type Arrow } from './sequence-layout.ts'

const LANE_X = [90, 330, 570]
const TOP = 44
const ROW = 34

function ArrowView({ a, y, selected, interactive }: { a: Arrow; y: number; selected: boolean; interactive: boolean }) {
  const selectEntry = useApp((s) => s.selectEntry)
  const x1 = LANE_X[a.from]!
  const x2 = LANE_X[a.to]!
  const dir = x2 > x1 ? 1 : -1
  const select = () => a.entry !== null && selectEntry(a.entry, { focus: true })
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      select()
    }
  }
  const clickable = interactive && a.entry !== null
  return (
    <g
      className={`arrow ${a.tone}${a.dashed ? ' dashed' : ''}${selected ? ' selected' : ''}`}
      {...(clickable
        ? {
            role: 'button',
            tabIndex: 0,
            'aria-label': `${a.label}, entry ${a.entry}`,
            onClick: select,
            onKeyDown: onKey,
          }
        : { 'aria-label': a.label, role: 'img' })}
    >
      <line x1={x1} y1={y} x2={x2 - dir * 8} y2={y} />
      <path d={`M${x2} ${y} l${-dir * 9} -5 v10 z`} />
      <text x={(x1 + x2) / 2} y={y - 6} textAnchor="middle">
        {a.entry !== null ? `${a.label}, entry ${a.entry}` : a.label}
      </text>
    </g>
  )
}

export function SequenceDiagram({
  flow,
  findings,
  multiple,
  interactive = true,
}: {
  flow: SharedFlow
  findings: Finding[]
  multiple: boolean
  interactive?: boolean
}) {
  const selected = useApp((s) => s.selectedEntry)
  const failed = useMemo(
    () =>
      new Set(
        findings
          .filter((f) => f.status === 'fail' && f.severity === 'error' && f.flow === flow.id)
          .flatMap((f) => f.entries),
      ),
    [findings, flow.id],
  )
  const arrows = useMemo(() => layoutFlow(flow, failed), [flow, failed])
  const height = TOP + arrows.length * ROW + 16
  return (
    <figure className="sequence">
      {multiple && <figcaption>{flow.id}</figcaption>}
      <svg viewBox={`0 0 660 ${height}`} role="group" aria-label={`Sequence of ${flow.id}`}>
        {LANES.map((name, i) => (
          <g key={name} className="lane">
            <text x={LANE_X[i]} y={18} textAnchor="middle">
              {name}
            </text>
            <line x1={LANE_X[i]} y1={26} x2={LANE_X[i]} y2={height - 6} />
          </g>
        ))}
        {arrows.map((a, i) => (
          <ArrowView
            key={i}
            a={a}
            y={TOP + i * ROW + 12}
            selected={a.entry !== null && a.entry === selected}
            interactive={interactive}
          />
        ))}
      </svg>
      <p className="legend muted">
        <span className="key key-ok">2xx</span> <span className="key key-redirect">redirect</span>{' '}
        <span className="key key-error">error / failing finding</span>{' '}
        <span className="key key-missing">not captured (dashed)</span>
      </p>
    </figure>
  )
}
