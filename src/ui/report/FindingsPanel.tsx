import { useMemo } from 'react'
import type { ViewReport } from '../../core/index.ts'
import { useApp, type StatusFilter } from '../store/index.ts'
import { RichText } from './RichText.tsx'
import { mergeFindings, type MergedFinding } from './merge-findings.ts'

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const
const STATUS_ORDER = { fail: 0, unknown: 1, pass: 2 } as const
const PARTY: Record<string, string> = {
  client: 'MCP client',
  'mcp-server': 'MCP server',
  'authorization-server': 'Authorization server',
}

function FindingItem({ m, root, interactive }: { m: MergedFinding; root: boolean; interactive: boolean }) {
  const selectEntry = useApp((s) => s.selectEntry)
  const open = (entry: number) => selectEntry(entry, { focus: true })
  const f = m.lead
  return (
    <li className={`finding ${f.status} ${f.severity}${root ? ' root' : ''}`}>
      <details open={root}>
        <summary>
          <span className="badge">{f.status === 'fail' ? f.severity : f.status}</span> {f.title}
          {root && <span className="root-tag"> · root cause</span>}
          {m.consequenceOf && <span className="muted"> · follows from the root cause</span>}{' '}
          {m.rules.map((r) => (
            <code key={r} className="rule">
              {r}
            </code>
          ))}
        </summary>
        {m.messages.map((text) => (
          <p key={text}>
            <RichText text={text} glossary />
          </p>
        ))}
        {m.entries.length > 0 && (
          <p className="evidence">
            Evidence:{' '}
            {m.entries.map((e) =>
              interactive ? (
                <button key={e} type="button" className="link entry-link" onClick={() => open(e)}>
                  entry #{e}
                </button>
              ) : (
                <span key={e} className="entry-ref">
                  entry #{e}{' '}
                </span>
              ),
            )}
          </p>
        )}
        {m.fix.length > 0 && (
          <ul className="fixes">
            {m.fix.map((x) => (
              <li key={x.party + x.text}>
                <b>{PARTY[x.party] ?? x.party}:</b> <RichText text={x.text} />
              </li>
            ))}
          </ul>
        )}
        {m.consequenceOf && (
          <p className="muted">
            Follows from <code>{m.consequenceOf}</code>: fix that first.
          </p>
        )}
        <p className="spec">
          {m.spec.map((s) => (
            <a key={s.url + s.section} href={s.url} target="_blank" rel="noreferrer noopener">
              {s.doc} {s.section}
            </a>
          ))}
        </p>
      </details>
    </li>
  )
}

const isRoot = (m: MergedFinding, rootCause: string | null) =>
  m.lead.status === 'fail' && m.rules.includes(rootCause ?? '') && !m.consequenceOf

function groups(report: ViewReport, filter: StatusFilter): [string, MergedFinding[]][] {
  const byFlow = new Map<string, MergedFinding[]>()
  for (const m of mergeFindings(report.findings)) {
    if (!filter[m.lead.status]) continue
    const key = m.lead.flow ?? 'capture'
    byFlow.set(key, [...(byFlow.get(key) ?? []), m])
  }
  const order = (m: MergedFinding) => STATUS_ORDER[m.lead.status] * 10 + SEVERITY_ORDER[m.lead.severity]
  for (const list of byFlow.values()) list.sort((a, b) => order(a) - order(b))
  return [...byFlow.entries()]
}

export function FindingsPanel({ report, interactive = true }: { report: ViewReport; interactive?: boolean }) {
  const filter = useApp((s) => s.findingStatus)
  const toggle = useApp((s) => s.toggleFindingStatus)
  const grouped = useMemo(() => groups(report, filter), [report, filter])
  const counts = useMemo(() => {
    const merged = mergeFindings(report.findings)
    const count = (status: keyof StatusFilter) => merged.filter((m) => m.lead.status === status).length
    return { fail: count('fail'), unknown: count('unknown'), pass: count('pass') }
  }, [report])
  const label = { fail: 'failing', unknown: 'unknown', pass: 'passing' } as const
  return (
    <section aria-label="Findings" className="panel">
      <h2>Findings</h2>
      <fieldset className="filters">
        <legend>Show</legend>
        {(['fail', 'unknown', 'pass'] as const).map((s) => (
          <label key={s}>
            <input type="checkbox" checked={filter[s]} onChange={() => toggle(s)} /> {label[s]} ({counts[s]})
          </label>
        ))}
      </fieldset>
      {grouped.length === 0 && <p className="muted">No findings match the filter.</p>}
      {grouped.map(([flow, list]) => (
        <div key={flow} className="finding-group">
          {(grouped.length > 1 || flow === 'capture') && <h3>{flow === 'capture' ? 'Whole capture' : flow}</h3>}
          <ul className="findings">
            {list.map((m) => (
              <FindingItem
                key={m.rules.join(' ')}
                m={m}
                root={isRoot(m, report.verdict.rootCause)}
                interactive={interactive}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
