import { useEffect, useState, type DragEvent } from 'react'
import { useApp } from './store.ts'
import { analyzeFile } from './load.ts'
import { StartPage } from './StartPage.tsx'
import { ReportView } from './ReportView.tsx'

export function App() {
  const status = useApp((s) => s.status)
  const error = useApp((s) => s.error)
  const fileName = useApp((s) => s.fileName)
  const reset = useApp((s) => s.reset)
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
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
    if (file) void analyzeFile(file)
  }

  return (
    <main
      data-state={status}
      className={dragging ? 'dragging' : undefined}
      onDragOver={(e) => { e.preventDefault(); setDragging(true) }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="bar">
        <h1><button type="button" className="link" onClick={reset}>mcp-oauth-har</button></h1>
        <p className="promise">Runs entirely in your browser: nothing you open here is uploaded.</p>
      </header>
      {dragging && <div className="drop-hint" aria-hidden="true">Drop the HAR file to analyze it</div>}
      {status === 'loading' && <p role="status">Analyzing {fileName}…</p>}
      {status === 'error' && error && (
        <section role="alert" className="error">
          <h2>Cannot analyze {fileName}</h2>
          <p>{error.message}</p>
          <p>Open another file, or try an example below.</p>
        </section>
      )}
      {status === 'ready' ? <ReportView /> : <StartPage />}
    </main>
  )
}
