import { useDeferredValue } from 'react'
import type { Report } from '../../core/index.ts'
import { useApp } from '../store/index.ts'
import { VerdictBanner } from './VerdictBanner.tsx'
import { ReportDetails } from './ReportBody.tsx'
import { SharePanel } from '../share/SharePanel.tsx'
import { RequestTable } from '../requests/RequestTable.tsx'
import { EntryDetail } from '../requests/EntryDetail.tsx'
import { TextEvidence } from './TextEvidence.tsx'
import { ComparePanel } from './ComparePanel.tsx'
import { ProbeHint } from './ProbeHint.tsx'

/** The report: what happened first, then the evidence (requests beside the selected entry, as
 * in DevTools' split view on a wide screen), then compare and share.
 *
 * The verdict is rendered at once; everything below it follows in a deferred render, which React
 * splits into ~5 ms slices, so no main-thread task holds the whole page's render and layout
 * (issue #14: tasks ≤ 50 ms; 47–65 ms in one task before, BENCHMARKS.md). */
export function ReportView() {
  const report = useApp((s) => s.report)
  // `null` first on mount, and the previous report on a new one, until the deferred render lands.
  const details = useDeferredValue(report, null)
  if (!report) return null
  return (
    <div className="report">
      <VerdictBanner report={report} />
      {details === report && <Details report={report} />}
    </div>
  )
}

function Details({ report }: { report: Report }) {
  return (
    <>
      <ReportDetails report={report} interactive />
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
    </>
  )
}
