import { useState } from 'react'
import { analyzeText } from '../../core/index.ts'
import { useApp } from '../store/index.ts'

/** Triage without a HAR: a forum post, a server log line, an error JSON, a JWT, an authorize URL. */
export function PasteBox() {
  const [text, setText] = useState('')
  const setPasted = useApp((s) => s.setPasted)
  const analyze = () => {
    const { report, artefacts } = analyzeText(text, 'pasted text')
    setPasted(report, text, artefacts)
  }
  return (
    <section className="paste" aria-label="Paste">
      <h3>…or paste what you have</h3>
      <p className="muted">A forum post, server log lines, an error message or JSON, a WWW-Authenticate header, an authorization URL, a JWT, metadata JSON. It is read in this tab only.</p>
      <label className="paste-label">
        Paste text
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={7} spellCheck={false} placeholder="audience mismatch (got 'client_01…', expected 'https://…/mcp')" />
      </label>
      <button type="button" onClick={analyze} disabled={!text.trim()}>Analyze text</button>
    </section>
  )
}
