import { useApp } from '../store/index.ts'
import { cancelAnalysis } from '../engine.ts'

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`

export function LoadingPanel() {
  const progress = useApp((s) => s.progress)
  const fileName = useApp((s) => s.fileName)
  const value = progress ? (progress.phase === 'read' ? progress.bytes : progress.entries) : 0
  const max = progress ? Math.max(1, progress.phase === 'read' ? progress.total : progress.total || progress.entries) : 1
  const label = !progress
    ? 'Starting…'
    : progress.phase === 'read'
      ? `Reading ${mb(progress.bytes)} of ${mb(progress.total)}`
      : `Analyzing entries: ${progress.entries.toLocaleString('en')}${progress.total ? ` of ${progress.total.toLocaleString('en')}` : ''}`
  return (
    <section className="loading" aria-label="Loading">
      <h2>Analyzing {fileName}</h2>
      <progress value={value} max={max} aria-label="Progress" />
      <p role="status">{label}</p>
      <button type="button" onClick={cancelAnalysis}>Cancel</button>
    </section>
  )
}
