import { useEffect, useRef, type ReactNode } from 'react'
import { useApp } from '../store/index.ts'

/** The pasted text with what was recognised marked; each mark links to the findings citing it. */
export function TextEvidence() {
  const pasted = useApp((s) => s.pasted)
  const report = useApp((s) => s.report)
  const selected = useApp((s) => s.selectedEntry)
  const selectEntry = useApp((s) => s.selectEntry)
  const ref = useRef<HTMLPreElement>(null)
  useEffect(() => {
    if (selected !== null)
      ref.current?.querySelector(`[data-entry="${selected}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [selected])
  if (!pasted || !report) return null
  const marks = [...pasted.artefacts].sort((a, b) => a.start - b.start || b.end - a.end)
  const parts: ReactNode[] = []
  let at = 0
  for (const a of marks) {
    if (a.start < at) continue // nested: the outer mark already covers it
    parts.push(pasted.text.slice(at, a.start))
    const cited = report.findings.filter((f) => f.status !== 'pass' && f.entries.includes(a.entry)).map((f) => f.rule)
    parts.push(
      <mark
        key={a.entry}
        data-entry={a.entry}
        className={`artefact ${a.kind}${a.observed ? '' : ' unobserved'}${selected === a.entry ? ' selected' : ''}`}
        title={`#${a.entry} ${a.label}${cited.length ? ` — cited by ${cited.join(', ')}` : ''}`}
      >
        {pasted.text.slice(a.start, a.end)}
      </mark>,
    )
    at = a.end
  }
  parts.push(pasted.text.slice(at))
  return (
    <section aria-label="Recognised text" className="panel">
      <h2>Claims read from your text</h2>
      <pre ref={ref} className="pasted">
        {parts}
      </pre>
      <ul className="artefacts">
        {pasted.artefacts.map((a) => {
          const cited = report.findings
            .filter((f) => f.status !== 'pass' && f.entries.includes(a.entry))
            .map((f) => f.rule)
          return (
            <li key={a.entry}>
              <button type="button" className="link entry-link" onClick={() => selectEntry(a.entry)}>
                #{a.entry}
              </button>{' '}
              {a.kind}
              {a.step ? ` at ${a.step}` : ''}: {a.label}
              {!a.observed && <span className="muted"> (suggested, expected or a placeholder: not evidence)</span>}
              {cited.length > 0 && <span className="muted"> → {cited.join(', ')}</span>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
