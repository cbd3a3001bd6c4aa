import { useApp } from '../store/index.ts'
import { ReportBody } from './ReportBody.tsx'
import { SharePanel } from '../share/SharePanel.tsx'
import { RequestTable } from '../requests/RequestTable.tsx'
import { EntryDetail } from '../requests/EntryDetail.tsx'

export function ReportView() {
  const report = useApp((s) => s.report)
  if (!report) return null
  return (
    <div className="report">
      <ReportBody report={report} interactive />
      <SharePanel report={report} />
      <div className="requests-area">
        <RequestTable />
        <EntryDetail />
      </div>
    </div>
  )
}
