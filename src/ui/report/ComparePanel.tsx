import { useEffect, useMemo, useState } from 'react'
import { analyzeText, diffReports, type Report } from '../../core/index.ts'
import { useApp } from '../store/index.ts'
import { analyzeForCompare } from '../engine.ts'
import { exampleFile, getExamples, type Example } from '../examples.ts'

/** "Works in Claude, fails in X": the current report next to a second capture or a pasted text. */
export function ComparePanel({ report }: { report: Report }) {
  const other = useApp((s) => s.other)
  const setOther = useApp((s) => s.setOther)
  const [examples, setExamples] = useState<Example[]>([])
  const [text, setText] = useState('')
  const [message, setMessage] = useState('')
  useEffect(() => {
    void getExamples().then(setExamples)
  }, [])
  const load = async (file: Blob, name: string) => {
    setMessage(`Analyzing ${name}…`)
    const r = await analyzeForCompare(file, name)
    setMessage(r.ok ? '' : r.message)
    if (r.ok) setOther(r.report)
  }
  const loadExample = async (file: string) => {
    const blob = examples.some((x) => x.file === file) ? await exampleFile(file) : null
    if (blob) await load(blob, file)
  }
  const diff = useMemo(() => (other ? diffReports(report, other) : null), [report, other])
  return (
    <section aria-label="Compare" className="panel compare">
      <h2>Compare</h2>
      <p className="muted">
        Works with one client, fails with another? Put a second capture (or a pasted post) next to this one: the
        differences that explain the failure come first.
      </p>
      <div className="compare-inputs">
        <label className="file compact">
          Open a capture to compare
          <input
            type="file"
            accept=".har,.json,.gz,.zhar,.zip"
            onChange={(e) => {
              const f = e.target.files?.[0]
              if (f) void load(f, f.name)
              e.target.value = ''
            }}
          />
        </label>
        <label>
          Compare with an example{' '}
          <select defaultValue="" onChange={(e) => void loadExample(e.target.value)}>
            <option value="" disabled>
              choose…
            </option>
            {examples.map((x) => (
              <option key={x.id} value={x.file}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
        <label className="compare-text">
          Paste text to compare <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="button" disabled={!text.trim()} onClick={() => setOther(analyzeText(text, 'pasted text').report)}>
          Compare text
        </button>
        <span role="status" className="muted">
          {message}
        </span>
      </div>
      {diff && (
        <>
          {diff.cause && (
            <p className="cause">
              <b>The difference that explains the failure:</b> {diff.cause}
            </p>
          )}
          <table className="diff">
            <caption className="sr-only">Parameters of both captures</caption>
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col">{diff.a.name}</th>
                <th scope="col">{diff.b.name}</th>
              </tr>
            </thead>
            <tbody>
              {diff.rows.map((r) => (
                <tr
                  key={r.key}
                  className={r.explains ? 'explains' : r.differs ? 'differs' : r.unknown ? 'unknown' : undefined}
                >
                  <th scope="row">
                    {r.label}
                    {r.differs ? ' ≠' : r.unknown ? ' ?' : ''}
                  </th>
                  <td>
                    <code>{r.a}</code>
                  </td>
                  <td>
                    <code>{r.b}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="link" onClick={() => setOther(null)}>
            Clear comparison
          </button>
        </>
      )}
    </section>
  )
}
