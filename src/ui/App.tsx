import { useEffect, useState, type DragEvent } from 'react'
import { useApp } from './store/index.ts'
import { syncSelectionToUrl } from './store/url-state.ts'
import { analyzeFile } from './engine.ts'
import { StartPage } from './start/StartPage.tsx'
import { LoadingPanel } from './start/LoadingPanel.tsx'
import { ReportView } from './report/ReportView.tsx'
import { FileButton } from './start/FileButton.tsx'
import { SharedView } from './share/SharedView.tsx'
import { openLinkFromHash } from './share/open-link.ts'

export function App() {
  const status = useApp((s) => s.status)
  const error = useApp((s) => s.error)
  const fileName = useApp((s) => s.fileName)
  const hasReport = useApp((s) => s.report !== null)
  const hasShared = useApp((s) => s.shared !== null)
  const outcome = useApp((s) => (s.shared ?? s.report)?.verdict.outcome)
  const reset = useApp((s) => s.reset)
  const [dragging, setDragging] = useState(false)

  useEffect(() => syncSelectionToUrl(), [])
  useEffect(() => {
    void openLinkFromHash(location.hash)
    const onHash = () => void openLinkFromHash(location.hash)
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  useEffect(() => {
    // Keep a file dropped outside <main> from navigating the tab away.
    const stop = (e: Event) => e.preventDefault()
    window.addEventListener('dragover', stop)
    window.addEventListener('drop', stop)
    return () => {
      window.removeEventListener('dragover', stop)
      window.removeEventListener('drop', stop)
    }
  }, [])

  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setDragging(false)
    const file = e.dataTransfer.files[0]
    if (file) void analyzeFile(file, file.name)
  }

  return (
    <main
      data-state={status}
      data-outcome={status === 'ready' ? outcome : undefined}
      className={dragging ? 'dragging' : undefined}
      onDragOver={(e) => { e.preventDefault(); setDragging(true) }}
      onDragLeave={(e) => { if (e.currentTarget === e.target) setDragging(false) }}
      onDrop={onDrop}
    >
      <header className="bar">
        <h1><button type="button" className="link" onClick={reset} title="Back to the start page">mcp-oauth-har</button></h1>
        <p className="promise">Runs entirely in your browser: nothing you open here is uploaded.</p>
        {(hasReport || hasShared) && <FileButton compact />}
      </header>
      {dragging && <div className="drop-hint" aria-hidden="true">Drop the HAR file to analyze it</div>}
      {status === 'loading' && <LoadingPanel />}
      {status === 'error' && error && (
        <section role="alert" className="error">
          <h2>Cannot analyze {fileName}</h2>
          <p>{error.message}</p>
          <p>Open another file, or try an example.</p>
        </section>
      )}
      {hasShared ? <SharedView /> : hasReport && status !== 'error' ? <ReportView /> : <StartPage />}
    </main>
  )
}
