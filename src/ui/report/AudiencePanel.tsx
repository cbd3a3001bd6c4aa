import { GOOD_MATCHES, matchWords, type AudienceValue, type SharedFlow } from '../../core/index.ts'
import { useApp } from '../store/index.ts'
import { DiffText } from './DiffText.tsx'
import { RichText } from './RichText.tsx'
import { Breakable } from '../common/Breakable.tsx'

const GOOD = GOOD_MATCHES

function Value({ v, reference }: { v: AudienceValue; reference: string | null }) {
  if (v.state !== 'present' || v.value === null) {
    return <span className="muted">{v.state === 'absent' ? 'absent — not sent' : 'not in this capture'}</span>
  }
  const values = Array.isArray(v.value) ? v.value : [v.value]
  const against = v.match && GOOD.has(v.match) ? null : reference
  return (
    <>
      {values.map((x, i) => (
        <span key={i}>
          {i > 0 && ', '}
          <DiffText value={x} reference={against} />
        </span>
      ))}
    </>
  )
}

const rowClass = (v: AudienceValue) =>
  v.match && !GOOD.has(v.match) ? 'differs' : v.state === 'absent' ? 'absent' : undefined

function comparison(v: AudienceValue): string {
  if (v.match) return matchWords(v.match)
  return v.state === 'absent' ? '✗ missing' : ''
}

function Caption({ flow, many }: { flow: SharedFlow; many: boolean }) {
  const client = flow.client.product ?? flow.client.clientId ?? 'unknown'
  const server = flow.authorizationServer.vendor ?? flow.authorizationServer.issuer ?? 'unknown'
  return (
    <p className="flow-caption" id={`audience-${flow.id}`}>
      {many ? `${flow.id}: ` : ''}
      {flow.mcpServerUrl ? <Breakable text={flow.mcpServerUrl} /> : 'MCP server not in the capture'}
      <span className="muted">
        {' '}
        · client {client} · authorization server {server} · MCP {flow.revision}
      </span>
    </p>
  )
}

export function AudiencePanel({ flows, interactive = true }: { flows: SharedFlow[]; interactive?: boolean }) {
  const selectEntry = useApp((s) => s.selectEntry)
  const open = (entry: number) => selectEntry(entry, { focus: true })
  return (
    <section aria-label="Audience" className="panel">
      <h2>Audience</h2>
      {flows.length === 0 && <p>No OAuth flow to compare.</p>}
      {flows.map((flow) => (
        <div key={flow.id}>
          <Caption flow={flow} many={flows.length > 1} />
          <div className="table-box">
            <table className="audience" aria-labelledby={`audience-${flow.id}`}>
              <thead>
                <tr>
                  <th scope="col">Value</th>
                  <th scope="col">As captured</th>
                  <th scope="col">Compared with the resource</th>
                  <th scope="col">Entry</th>
                </tr>
              </thead>
              <tbody>
                {flow.audience.values.map((v) => (
                  <tr key={v.label} className={rowClass(v)}>
                    <th scope="row">
                      <RichText text={v.label} glossary />
                    </th>
                    <td>
                      <Value v={v} reference={flow.audience.reference} />
                    </td>
                    <td>{comparison(v)}</td>
                    <td>
                      {v.entry !== null &&
                        (interactive ? (
                          <button type="button" className="link entry-link" onClick={() => open(v.entry!)}>
                            #{v.entry}
                          </button>
                        ) : (
                          `#${v.entry}`
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
              {flow.audience.vendorExpectation && (
                <tfoot>
                  <tr>
                    <td colSpan={4}>
                      How this authorization server sets <code>aud</code> —{' '}
                      <RichText text={flow.audience.vendorExpectation} />
                    </td>
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        </div>
      ))}
    </section>
  )
}
