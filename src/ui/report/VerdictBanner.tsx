import { useEffect, useRef } from 'react'
import type { ViewReport } from '../../core/index.ts'
import { useApp } from '../store/index.ts'
import { RichText } from './RichText.tsx'
import { headline, plural } from './headline.ts'

const CONFIDENCE_BASIS = {
  har: 'the captured requests',
  text: 'the pasted text only — a capture would settle it',
  probe: "the server's public metadata",
} as const

/** What the verdict rests on: its entries, each a link that opens it (region "Entry"). */
function Basis({ entries, text, interactive }: { entries: number[]; text: boolean; interactive: boolean }) {
  const selectEntry = useApp((s) => s.selectEntry)
  const open = (entry: number) => selectEntry(entry, { focus: true })
  if (!entries.length) return null
  const noun = text ? (entries.length === 1 ? 'item' : 'items') : entries.length === 1 ? 'entry' : 'entries'
  return (
    <>
      {' '}
      ({noun}
      {entries.slice(0, 6).map((e) => (
        <span key={e}>
          {' '}
          {interactive ? (
            <button type="button" className="link entry-link basis" onClick={() => open(e)}>
              #{e}
            </button>
          ) : (
            `#${e}`
          )}
        </span>
      ))}
      )
    </>
  )
}

export function VerdictBanner({ report, interactive = true }: { report: ViewReport; interactive?: boolean }) {
  const v = report.verdict
  const h = headline(report)
  const kind = report.input.kind
  const outcome = useRef<HTMLParagraphElement>(null)
  // A new report takes focus (instead of leaving it on <body>), unless an entry was asked for.
  // In the next frame: focusing forces a style and layout pass, which there joins the frame's own
  // instead of lengthening the task that renders the verdict (issue #14: tasks ≤ 50 ms).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (useApp.getState().selectedEntry === null) outcome.current?.focus({ preventScroll: true })
    })
    return () => cancelAnimationFrame(frame)
  }, [report])
  const count =
    kind === 'text'
      ? plural(report.input.entries, 'claim read', 'claims read')
      : plural(report.input.entries, 'entry', 'entries')
  return (
    <section aria-label="Verdict" className={`verdict ${h.tone}`}>
      <p className="outcome" tabIndex={-1} ref={outcome}>
        {h.sentence}
      </p>
      <p className="summary">
        <RichText text={v.summary} glossary />
      </p>
      {h.party && (
        <p className="who">
          Who must act: <b>{h.party}</b>
          {h.action && (
            <>
              {' '}
              — <RichText text={h.action} />
            </>
          )}
        </p>
      )}
      <p className="confidence">
        Confidence: <b>{v.confidence}</b>, from {CONFIDENCE_BASIS[kind]}
        <Basis entries={h.basis} text={kind === 'text'} interactive={interactive} />
      </p>
      <p className="muted">
        {report.input.name ? `${report.input.name} · ` : ''}
        {count}
        {report.input.exporter ? ` from ${report.input.exporter}` : ''}
        {report.input.sanitized ? ' · credential headers were removed by the exporter' : ''}
        {report.input.hostsHidden ? ' · host names replaced by pseudonyms' : ''}
      </p>
      {report.input.error && (
        <p role="alert" className="partial">
          Partial analysis: {report.input.error.message}
        </p>
      )}
    </section>
  )
}
