import type { ViewReport } from '../../core/index.ts'
import { VerdictBanner } from './VerdictBanner.tsx'
import { AudiencePanel } from './AudiencePanel.tsx'
import { FindingsPanel } from './FindingsPanel.tsx'
import { SequenceDiagram } from './SequenceDiagram.tsx'

/** Verdict, audience, findings and flow: the part a local report and a shared one have in common. */
export function ReportBody({ report, interactive }: { report: ViewReport; interactive: boolean }) {
  return (
    <>
      <VerdictBanner report={report} />
      <ReportDetails report={report} interactive={interactive} />
    </>
  )
}

/** Everything of `ReportBody` below the verdict. */
export function ReportDetails({ report, interactive }: { report: ViewReport; interactive: boolean }) {
  return (
    <>
      <AudiencePanel flows={report.flows} interactive={interactive} />
      <FindingsPanel report={report} interactive={interactive} />
      <section aria-label="Flow" className="panel">
        <h2>Flow</h2>
        {report.flows.length === 0 && <p>No OAuth flow in this capture.</p>}
        {report.flows.map((f) => (
          <SequenceDiagram
            key={f.id}
            flow={f}
            findings={report.findings}
            multiple={report.flows.length > 1}
            interactive={interactive}
          />
        ))}
        {report.completeness.length > 0 && (
          <>
            <h3>What this capture cannot show</h3>
            <ul className="notes">
              {report.completeness.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  )
}
