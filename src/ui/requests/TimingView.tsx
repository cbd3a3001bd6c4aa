import type { Exchange, RequestRow, TimingPhase } from '../../core/index.ts'

/** DevTools' names for the HAR phases. `ssl` lies inside `connect` (HAR 1.2), so it is drawn
 * over the end of the connection bar rather than after it. */
const PHASES: [TimingPhase, string][] = [
  ['blocked', 'Queued / stalled'],
  ['dns', 'DNS lookup'],
  ['connect', 'Initial connection'],
  ['ssl', 'TLS (part of the connection)'],
  ['send', 'Request sent'],
  ['wait', 'Waiting for server response'],
  ['receive', 'Content download'],
]

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en')} ms`

function Phases({ timings, total }: { timings: NonNullable<Exchange['timings']>; total: number }) {
  let at = 0
  return (
    <table className="timing-phases">
      <caption>
        Phases (HAR <code>timings</code>)
      </caption>
      <tbody>
        {PHASES.filter(([p]) => timings[p] !== undefined).map(([phase, name]) => {
          const d = timings[phase]!
          const start = phase === 'ssl' ? Math.max(0, at - d) : at
          if (phase !== 'ssl') at += d
          const bar = { left: `${(start / total) * 100}%`, width: `${Math.max(0.5, (d / total) * 100)}%` }
          return (
            <tr key={phase}>
              <th scope="row">{name}</th>
              <td className="phase-bar" aria-hidden="true">
                <span className={`phase ${phase}`} style={bar} />
              </td>
              <td className="num">{ms(d)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** The Timing tab: when the request started, how long it took and where the time went. */
export function TimingView({ ex, row }: { ex: Exchange; row: RequestRow | null }) {
  const phases = ex.timings
  const sum = phases
    ? Object.entries(phases)
        .filter(([p]) => p !== 'ssl')
        .reduce((a, [, v]) => a + v, 0)
    : 0
  const total = Math.max(ex.durationMs ?? 0, sum)
  return (
    <>
      <dl className="timing">
        <dt>Started</dt>
        <dd>{ex.startedMs === null ? 'not recorded' : new Date(ex.startedMs).toISOString()}</dd>
        <dt>Took</dt>
        <dd>{ex.durationMs === undefined ? 'not recorded by the exporter' : ms(ex.durationMs)}</dd>
        {row && (
          <>
            <dt>Response body</dt>
            <dd>
              {row.size.toLocaleString('en')} characters{ex.responseSize ? ' (not kept)' : ''}
            </dd>
          </>
        )}
        {ex.resourceType && (
          <>
            <dt>Initiator type</dt>
            <dd>{ex.resourceType}</dd>
          </>
        )}
      </dl>
      {phases && total > 0 ? (
        <Phases timings={phases} total={total} />
      ) : (
        <p className="muted">No phase timings in this capture.</p>
      )}
    </>
  )
}
