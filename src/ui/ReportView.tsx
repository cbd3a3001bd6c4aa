import type { AudienceValue, Finding, FlowReport } from '../core/index.ts'
import { useApp } from './store.ts'

function show(v: AudienceValue): string {
  if (v.state !== 'present' || v.value === null) return v.state === 'absent' ? '(absent)' : '(not captured)'
  return Array.isArray(v.value) ? v.value.join(', ') : v.value
}

function Audience({ flow }: { flow: FlowReport }) {
  return (
    <table className="audience">
      <caption>{flow.id}: {flow.mcpServerUrl ?? 'unknown MCP server'}</caption>
      <thead><tr><th scope="col">Value</th><th scope="col">As captured</th><th scope="col">Entry</th><th scope="col">Compared with the resource</th></tr></thead>
      <tbody>
        {flow.audience.values.map((v) => (
          <tr key={v.label} className={v.match && v.match !== 'exact' && v.match !== 'array-contains' && v.match !== 'vendor-mapping' ? 'differs' : undefined}>
            <th scope="row">{v.label}</th>
            <td><code>{show(v)}</code></td>
            <td>{v.entry ?? ''}</td>
            <td>{v.match ?? ''}</td>
          </tr>
        ))}
      </tbody>
      {flow.audience.vendorExpectation && <tfoot><tr><td colSpan={4}>Expected aud — {flow.audience.vendorExpectation}</td></tr></tfoot>}
    </table>
  )
}

function FindingItem({ f }: { f: Finding }) {
  return (
    <li className={`finding ${f.status} ${f.severity}`}>
      <details>
        <summary><span className="badge">{f.status}</span> <code>{f.rule}</code> {f.title}</summary>
        <p>{f.message}</p>
        {f.entries.length > 0 && <p>Entries: {f.entries.join(', ')}</p>}
        {f.fix.map((x) => <p key={x.party + x.text}><b>{x.party}:</b> {x.text}</p>)}
        <p>{f.spec.map((s) => <a key={s.url} href={s.url} target="_blank" rel="noreferrer noopener">{s.doc} {s.section}</a>)}</p>
      </details>
    </li>
  )
}

export function ReportView() {
  const report = useApp((s) => s.report)
  if (!report) return null
  const order = { fail: 0, unknown: 1, pass: 2 } as const
  const findings = [...report.findings].sort((a, b) => order[a.status] - order[b.status])
  return (
    <div className="report">
      <section aria-label="Verdict" className={`verdict ${report.verdict.rootCause ? 'bad' : 'ok'}`}>
        <p className="summary">{report.verdict.summary}</p>
        {report.verdict.party && <p>Who must act: <b>{report.verdict.party}</b> · confidence: {report.verdict.confidence} · root cause <code>{report.verdict.rootCause}</code></p>}
        {report.input.error && <p role="alert">{report.input.error.message}</p>}
      </section>
      <section aria-label="Audience">
        <h2>Audience</h2>
        {report.flows.length ? report.flows.map((f) => <Audience key={f.id} flow={f} />) : <p>No OAuth flow to compare.</p>}
      </section>
      <section aria-label="Findings">
        <h2>Findings</h2>
        <ul className="findings">{findings.map((f, i) => <FindingItem key={`${f.rule}-${f.flow}-${i}`} f={f} />)}</ul>
      </section>
      <section aria-label="Flow">
        <h2>Flow</h2>
        {report.flows.map((f) => (
          <ol key={f.id} className="steps">
            {f.steps.map((s, i) => <li key={i}>{s.kind} — entry {s.entry}{s.status !== undefined ? ` (${s.status || 'no response'})` : ''}{s.captured === false ? ' (seen only as a redirect)' : ''}</li>)}
          </ol>
        ))}
        {report.completeness.length > 0 && <ul className="notes">{report.completeness.map((c) => <li key={c}>{c}</li>)}</ul>}
      </section>
    </div>
  )
}
