import { useApp } from '../store/index.ts'
import { cancelAnalysis } from '../engine.ts'
import type { Progress } from '../../worker/protocol.ts'

/** Decimal megabytes, as Finder, Explorer's "Size" column in recent Windows and `ls -h --si` show. */
export const megabytes = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`

/** One formatter for every progress message: `toLocaleString` builds a new one per call (~1 ms). */
const COUNT = new Intl.NumberFormat('en')

type Phase = 'reading' | 'parsing' | 'analysing'

function phaseOf(p: Progress | null): Phase {
  if (!p) return 'reading'
  if (p.phase === 'analyze') return 'analysing'
  return p.bytes >= p.total ? 'parsing' : 'reading'
}

/** Honest progress: the bar is determinate only while there is something to count; parsing has
 * no count, so the bar says so instead of sitting at 100 %. */
export function LoadingPanel() {
  const progress = useApp((s) => s.progress)
  const fileName = useApp((s) => s.fileName)
  const phase = phaseOf(progress)
  const n = (x: number) => COUNT.format(x)
  const steps: [Phase, string][] = [
    [
      'reading',
      progress?.phase === 'read'
        ? `Reading ${megabytes(progress.bytes)} of ${megabytes(progress.total)}`
        : 'Reading the file',
    ],
    ['parsing', 'Parsing the HAR'],
    [
      'analysing',
      progress?.phase === 'analyze'
        ? `Analyzing entries: ${n(progress.entries)}${progress.total ? ` of ${n(progress.total)}` : ''}`
        : 'Analyzing the entries',
    ],
  ]
  const at = steps.findIndex(([p]) => p === phase)
  const counting = progress?.phase === 'analyze' && progress.total > 0
  const determinate = progress && (phase === 'reading' || counting)
  const value = !progress ? 0 : progress.phase === 'read' ? progress.bytes : progress.entries
  const max = !progress ? 1 : Math.max(1, progress.total)
  return (
    <section className="loading" aria-label="Loading">
      <h2>Analyzing {fileName}</h2>
      {determinate ? <progress value={value} max={max} aria-label="Progress" /> : <progress aria-label="Progress" />}
      <ol className="phases">
        {steps.map(([p, text], i) => (
          <li
            key={p}
            className={i < at ? 'done' : i === at ? 'current' : 'todo'}
            aria-current={i === at ? 'step' : undefined}
          >
            {i < at ? '✓ ' : ''}
            {text}
          </li>
        ))}
      </ol>
      <p role="status">{steps[at]![1]}…</p>
      <button type="button" onClick={cancelAnalysis}>
        Cancel
      </button>
    </section>
  )
}
