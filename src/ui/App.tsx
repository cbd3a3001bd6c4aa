import { useEffect } from 'react'
import { useApp } from './store/index.ts'
import { startHistory } from './store/history.ts'
import { isShareHash, readEntryFromHash } from './store/url-state.ts'
import { loadExample, warmEngine } from './engine.ts'
import { StartPage } from './start/StartPage.tsx'
import { LoadingPanel } from './start/LoadingPanel.tsx'
import { DropZone } from './start/DropZone.tsx'
import { ReportView } from './report/ReportView.tsx'
import { FileButton } from './start/FileButton.tsx'
import { SharedView } from './share/SharedView.tsx'
import { openLinkFromHash } from './share/open-link.ts'
import { GlossaryDefinitions } from './common/Term.tsx'

/** `#entry=N` typed or pasted into the address bar while a report is open selects entry N. */
function onHashChange(): void {
  if (isShareHash(location.hash)) {
    void openLinkFromHash(location.hash)
    return
  }
  const s = useApp.getState()
  const entry = readEntryFromHash(location.hash)
  if (s.report && entry !== null && entry !== s.selectedEntry && entry < Math.max(s.rowCount, s.report.input.entries)) {
    s.selectEntry(entry, { focus: true })
  }
}

export function App() {
  const status = useApp((s) => s.status)
  const error = useApp((s) => s.error)
  const fileName = useApp((s) => s.fileName)
  const hasReport = useApp((s) => s.report !== null)
  const hasShared = useApp((s) => s.shared !== null)
  const outcome = useApp((s) => (s.shared ?? s.report)?.verdict.outcome)
  const reset = useApp((s) => s.reset)

  useEffect(() => startHistory(loadExample), [])
  useEffect(warmEngine, [])
  useEffect(() => {
    void openLinkFromHash(location.hash)
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])

  return (
    <main
      data-state={status}
      data-outcome={status === 'ready' ? outcome : undefined}
      className={hasReport || hasShared ? 'wide' : undefined}
    >
      <header className="bar">
        <h1>
          <button type="button" className="link" onClick={reset} title="Back to the start page">
            mcp-oauth-har
          </button>
        </h1>
        <p className="promise">Runs entirely in your browser: nothing you open here is uploaded.</p>
        {(hasReport || hasShared) && <FileButton compact />}
      </header>
      <DropZone />
      {status === 'loading' && <LoadingPanel />}
      {status === 'error' && error && (
        <section role="alert" className="error">
          <h2>Cannot analyze {fileName}</h2>
          <p>{error.message}</p>
          <p>Open another file, or try an example.</p>
        </section>
      )}
      <GlossaryDefinitions />
      {hasShared ? <SharedView /> : hasReport && status !== 'error' ? <ReportView /> : <StartPage />}
    </main>
  )
}
