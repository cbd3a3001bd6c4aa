import { useState } from 'react'
import { analyzeText } from '../../core/index.ts'
import { useApp } from '../store/index.ts'

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** Triage without a HAR: a forum post, a server log line, an error JSON, a JWT, an authorize URL. */
export function PasteBox() {
  const [text, setText] = useState('')
  const [hint, setHint] = useState('')
  const setPasted = useApp((s) => s.setPasted)
  const analyze = () => {
    if (!text.trim()) {
      setHint('Paste some text first.')
      return
    }
    const { report, artefacts } = analyzeText(text, 'pasted text')
    setPasted(report, text, artefacts)
  }
  return (
    <section className="paste" aria-labelledby="paste-title">
      <h3 id="paste-title">…or paste what you have</h3>
      <p className="muted" id="paste-help">
        A forum post, server log lines, an error message or JSON, a WWW-Authenticate header, an authorization URL, a
        JWT, metadata JSON. It is read in this tab only. {MAC ? '⌘' : 'Ctrl'}+Enter analyzes it.
      </p>
      <label className="paste-label">
        Paste text
        <textarea
          value={text}
          onChange={(e) => {
            setText(e.target.value)
            setHint('')
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              analyze()
            }
          }}
          rows={7}
          spellCheck={false}
          aria-describedby="paste-help"
          placeholder="audience mismatch (got 'client_01…', expected 'https://…/mcp')"
        />
      </label>
      <button
        type="button"
        onClick={analyze}
        aria-disabled={!text.trim()}
        className={text.trim() ? undefined : 'inactive'}
      >
        Analyze text
      </button>
      <span role="status" className="muted">
        {' '}
        {hint}
      </span>
    </section>
  )
}
