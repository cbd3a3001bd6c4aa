import { useApp } from '../store/index.ts'
import { ReportBody } from '../report/ReportBody.tsx'

/** A report opened from a link: what its sender chose to share, nothing more. */
export function SharedView() {
  const shared = useApp((s) => s.shared)
  const reset = useApp((s) => s.reset)
  if (!shared) return null
  const leave = () => {
    history.replaceState(null, '', location.pathname + location.search)
    reset()
  }
  return (
    <div className="report shared">
      <p className="shared-banner" role="note">
        <b>Shared report — redacted, read-only.</b> It holds the diagnosis, not the capture: no tokens, cookies or
        request bodies. It was made by the sender's copy of the app and is not re-checked here: titles, spec links and
        fixes are this app's own, the rest is what the link says.{' '}
        <button type="button" className="link" onClick={leave}>
          Analyze your own capture
        </button>
      </p>
      <ReportBody report={shared} interactive={false} />
    </div>
  )
}
