import { useApp } from '../store/index.ts'
import { ReportBody } from './ReportBody.tsx'
import { SharePanel } from '../share/SharePanel.tsx'
import { RequestTable } from '../requests/RequestTable.tsx'
import { EntryDetail } from '../requests/EntryDetail.tsx'
import { TextEvidence } from './TextEvidence.tsx'
import { ComparePanel } from './ComparePanel.tsx'
import { ProbeHint } from './ProbeHint.tsx'

/** The report: what happened first, then the evidence (requests beside the selected entry, as
 * in DevTools' split view on a wide screen), then compare and share. */
export function ReportView() {
  const report = useApp((s) => s.report)
  if (!report) return null
  return (
    <div className="report">
      <ReportBody report={report} interactive />
      {report.input.kind === 'text' && <TextEvidence />}
      {report.input.kind === 'har' && (
        <div className="requests-area">
          <RequestTable />
          <EntryDetail />
        </div>
      )}
      <ComparePanel report={report} />
      <ProbeHint report={report} />
      <SharePanel report={report} />
    </div>
  )
}
