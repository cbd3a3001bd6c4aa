import { useApp } from '../store/index.ts'
import { VerdictBanner } from './VerdictBanner.tsx'
import { AudiencePanel } from './AudiencePanel.tsx'
import { FindingsPanel } from './FindingsPanel.tsx'
import { SequenceDiagram } from './SequenceDiagram.tsx'
import { RequestTable } from '../requests/RequestTable.tsx'
import { EntryDetail } from '../requests/EntryDetail.tsx'

export function ReportView() {
  const report = useApp((s) => s.report)
  if (!report) return null
  return (
    <div className="report">
      <VerdictBanner report={report} />
      <AudiencePanel flows={report.flows} />
      <FindingsPanel report={report} />
      <section aria-label="Flow" className="panel">
        <h2>Flow</h2>
        {report.flows.length === 0 && <p>No OAuth flow in this capture.</p>}
        {report.flows.map((f) => <SequenceDiagram key={f.id} flow={f} multiple={report.flows.length > 1} />)}
        {report.completeness.length > 0 && (
          <>
            <h3>What this capture cannot show</h3>
            <ul className="notes">{report.completeness.map((c) => <li key={c}>{c}</li>)}</ul>
          </>
        )}
      </section>
      <div className="requests-area">
        <RequestTable />
        <EntryDetail />
      </div>
    </div>
  )
}
