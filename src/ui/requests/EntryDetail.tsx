import { useEffect, useMemo, useRef, useState } from 'react'
import { rowAt, rowOfEntry, type Exchange } from '../../core/index.ts'
import { useApp } from '../store/index.ts'
import { fetchEntry } from '../engine.ts'
import { STEP_NAME } from '../../core/report/step-names.ts'
import { CopyButton } from '../common/CopyButton.tsx'
import { Breakable } from '../common/Breakable.tsx'
import { StatusChip } from './StatusChip.tsx'
import { entryExpectations } from './expectations.ts'
import { redactUrl, toCurl } from './curl.ts'
import { EntryTabs } from './EntryTabs.tsx'
import { maskUrl } from './mask.ts'

/** The last `focusRequest` acted on (module state: it outlives a remount of the region). */
let handledFocusRequest = 0

/** Region "Entry": the selected request, like DevTools' detail pane. A selection made from an
 * evidence link or a diagram arrow scrolls it into view and moves focus to its heading. */
export function EntryDetail() {
  const selected = useApp((s) => s.selectedEntry)
  const focusRequest = useApp((s) => s.focusRequest)
  const report = useApp((s) => s.report)
  const rows = useApp((s) => s.rows)
  const row = useMemo(() => {
    const i = selected === null ? -1 : rowOfEntry(rows, selected)
    return i < 0 ? null : rowAt(rows, i)
  }, [rows, selected])
  const [ex, setEx] = useState<Exchange | null>(null)
  const [reveal, setReveal] = useState(false)
  const [missing, setMissing] = useState(false)
  const region = useRef<HTMLElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    let live = true
    setEx(null)
    setMissing(false)
    setReveal(false)
    if (selected !== null)
      void fetchEntry(selected).then((e) => {
        if (live) {
          setEx(e)
          setMissing(e === null)
        }
      })
    return () => {
      live = false
    }
  }, [selected, report])
  useEffect(() => {
    // Each request once: the region mounts again a frame after each new report's verdict
    // (ReportView), and an old request must not pull the page down to it then.
    if (focusRequest === handledFocusRequest) return
    handledFocusRequest = focusRequest
    region.current?.scrollIntoView({ block: 'start', behavior: 'instant' })
    heading.current?.focus({ preventScroll: true })
  }, [focusRequest])
  const hints = useMemo(() => entryExpectations(report, selected), [report, selected])
  const step = row && row.step !== 'other' ? STEP_NAME[row.step] : null
  return (
    <section aria-label="Entry" className="panel detail" ref={region}>
      <h2 tabIndex={-1} ref={heading}>
        {selected === null ? 'Entry' : `Entry #${selected}`}
        {step ? ` · ${step}` : ''}
        {ex?.carrier === 'inspector-proxy' ? ' (unwrapped from the MCP Inspector proxy)' : ''}
      </h2>
      {selected === null && (
        <p className="muted">Select a request, an arrow in the flow or an evidence link to see it here.</p>
      )}
      {selected !== null && !ex && (
        <p role="status">{missing ? `Entry #${selected} is not in this capture.` : `Loading entry #${selected}…`}</p>
      )}
      {ex && (
        <>
          <p className="request-line">
            <span className="method">{ex.method}</span>{' '}
            <code className="url">
              <Breakable text={reveal ? ex.url : maskUrl(ex.url)} />
            </code>{' '}
            <StatusChip status={ex.status} failing={hints.failing.length > 0} />
            {ex.error ? <span className="muted"> {ex.error}</span> : null}
          </p>
          {hints.failing.length > 0 && (
            <ul className="entry-failing">
              {hints.failing.map((f) => (
                <li key={f.rule}>
                  ✗ {f.title} <code className="rule">{f.rule}</code>
                </li>
              ))}
            </ul>
          )}
          <div className="entry-actions">
            <button type="button" aria-pressed={reveal} onClick={() => setReveal(!reveal)}>
              {reveal ? 'Hide secrets' : 'Reveal secrets'}
            </button>
            <CopyButton text={reveal ? ex.url : redactUrl(ex.url)} what="URL" label="Copy URL" />
            <CopyButton
              text={toCurl(ex, { redact: !reveal })}
              what={reveal ? 'with secrets' : '(secrets redacted)'}
              label="Copy as cURL"
            />
          </div>
          <EntryTabs ex={ex} row={row} reveal={reveal} hints={hints} />
        </>
      )}
    </section>
  )
}
