import { useMemo } from 'react'
import type { Finding, ViewReport } from '../../core/index.ts'
import { useApp, type StatusFilter } from '../store/index.ts'
import { RichText } from './RichText.tsx'

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const
const STATUS_ORDER = { fail: 0, unknown: 1, pass: 2 } as const
const PARTY: Record<string, string> = { client: 'MCP client', 'mcp-server': 'MCP server', 'authorization-server': 'Authorization server' }

function FindingItem({ f, root, interactive }: { f: Finding; root: boolean; interactive: boolean }) {
  const selectEntry = useApp((s) => s.selectEntry)
  return (
    <li className={`finding ${f.status} ${f.severity}${root ? ' root' : ''}`}>
      <details open={root}>
        <summary>
          <span className="badge">{f.status === 'fail' ? f.severity : f.status}</span> <code className="rule">{f.rule}</code> {f.title}
          {root && <span className="root-tag"> · root cause</span>}
          {f.consequenceOf && <span className="muted"> · follows from {f.consequenceOf}</span>}
        </summary>
        <p><RichText text={f.message} /></p>
        {f.entries.length > 0 && (
          <p className="evidence">
            Evidence:{' '}
            {f.entries.map((e) => (interactive
              ? <button key={e} type="button" className="link entry-link" onClick={() => selectEntry(e, { focus: true })}>entry #{e}</button>
              : <span key={e} className="entry-ref">entry #{e} </span>))}
          </p>
        )}
        {f.fix.length > 0 && (
          <ul className="fixes">
            {f.fix.map((x) => <li key={x.party + x.text}><b>{PARTY[x.party] ?? x.party}:</b> <RichText text={x.text} /></li>)}
          </ul>
        )}
        <p className="spec">
          {f.spec.map((s) => <a key={s.url + s.section} href={s.url} target="_blank" rel="noreferrer noopener">{s.doc} {s.section}</a>)}
        </p>
      </details>
    </li>
  )
}

function groups(findings: Finding[], filter: StatusFilter): [string, Finding[]][] {
  const byFlow = new Map<string, Finding[]>()
  for (const f of findings) {
    if (!filter[f.status]) continue
    const key = f.flow ?? 'capture'
    byFlow.set(key, [...(byFlow.get(key) ?? []), f])
  }
  for (const list of byFlow.values()) list.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  return [...byFlow.entries()]
}

export function FindingsPanel({ report, interactive = true }: { report: ViewReport; interactive?: boolean }) {
  const filter = useApp((s) => s.findingStatus)
  const toggle = useApp((s) => s.toggleFindingStatus)
  const grouped = useMemo(() => groups(report.findings, filter), [report, filter])
  const counts = useMemo(() => ({
    fail: report.findings.filter((f) => f.status === 'fail').length,
    unknown: report.findings.filter((f) => f.status === 'unknown').length,
    pass: report.findings.filter((f) => f.status === 'pass').length,
  }), [report])
  return (
    <section aria-label="Findings" className="panel">
      <h2>Findings</h2>
      <fieldset className="filters">
        <legend>Show</legend>
        {(['fail', 'unknown', 'pass'] as const).map((s) => (
          <label key={s}><input type="checkbox" checked={filter[s]} onChange={() => toggle(s)} /> {s} ({counts[s]})</label>
        ))}
      </fieldset>
      {grouped.length === 0 && <p className="muted">No findings match the filter.</p>}
      {grouped.map(([flow, list]) => (
        <div key={flow} className="finding-group">
          {(grouped.length > 1 || flow === 'capture') && <h3>{flow === 'capture' ? 'Whole capture' : flow}</h3>}
          <ul className="findings">
            {list.map((f, i) => <FindingItem key={`${f.rule}-${i}`} f={f} root={f.status === 'fail' && f.rule === report.verdict.rootCause && !f.consequenceOf} interactive={interactive} />)}
          </ul>
        </div>
      ))}
    </section>
  )
}
