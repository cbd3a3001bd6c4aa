import type { ViewReport } from '../../core/index.ts'
import { RichText } from './RichText.tsx'

const PARTY: Record<string, string> = { client: 'the MCP client', 'mcp-server': 'the MCP server', 'authorization-server': 'the authorization server' }

export function VerdictBanner({ report }: { report: ViewReport }) {
  const v = report.verdict
  return (
    <section aria-label="Verdict" className={`verdict ${v.rootCause ? 'bad' : 'ok'}`}>
      <p className="summary"><RichText text={v.summary} /></p>
      {v.party && (
        <p className="who">
          Who must fix it: <b>{PARTY[v.party] ?? v.party}</b> · Confidence: <b>{v.confidence}</b> · Root cause <code>{v.rootCause}</code>
        </p>
      )}
      <p className="muted">
        {report.input.name ? `${report.input.name} · ` : ''}{report.input.entries.toLocaleString('en')} {report.input.kind === 'text' ? 'claims read' : 'entries'}{report.input.exporter ? ` from ${report.input.exporter}` : ''}
        {report.input.sanitized ? ' · credential headers were removed by the exporter' : ''}
        {report.input.hostsHidden ? ' · host names replaced by pseudonyms' : ''}
      </p>
      {report.input.error && <p role="alert" className="partial">{report.input.error.message}</p>}
    </section>
  )
}
