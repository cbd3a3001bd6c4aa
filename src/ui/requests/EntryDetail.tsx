import { useEffect, useMemo, useState } from 'react'
import { parseForm, parseQuery, type Exchange, type Header } from '../../core/index.ts'
import { useApp } from '../store/index.ts'
import { fetchEntry } from '../engine.ts'
import { highlightedFields } from './secrets.ts'
import { maskBody, maskUrl, maskValue } from './mask.ts'
import { JwtView } from './JwtView.tsx'
import { bodyView, tokensIn } from './entry-view.ts'

function Rows({ pairs, reveal, highlight }: { pairs: readonly (readonly [string, string])[]; reveal: boolean; highlight: Set<string> }) {
  if (!pairs.length) return <p className="muted">none</p>
  return (
    <table className="kv">
      <tbody>
        {pairs.map(([k, v], i) => (
          <tr key={`${k}-${i}`} className={highlight.has(k.toLowerCase()) ? 'hl' : undefined}>
            <th scope="row">{k}</th>
            <td><code>{reveal ? v : maskValue(k, v)}</code></td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const pairsOf = (h: Header[]) => h.map((x) => [x.name, x.value] as const)

export function EntryDetail() {
  const selected = useApp((s) => s.selectedEntry)
  const report = useApp((s) => s.report)
  const [ex, setEx] = useState<Exchange | null>(null)
  const [reveal, setReveal] = useState(false)
  useEffect(() => {
    let live = true
    setEx(null)
    setReveal(false)
    if (selected !== null) void fetchEntry(selected).then((e) => live && setEx(e))
    return () => { live = false }
  }, [selected, report])
  const highlight = useMemo(() => highlightedFields(report?.findings.filter((f) => f.status === 'fail' && selected !== null && f.entries.includes(selected)).map((f) => f.rule) ?? []), [report, selected])
  if (selected === null) return <section aria-label="Entry detail" className="panel detail"><p className="muted">Select a request, an arrow in the flow or an evidence link to see the entry.</p></section>
  if (!ex) return <section aria-label="Entry detail" className="panel detail"><p role="status">Loading entry #{selected}…</p></section>
  const query = parseQuery(ex.url)
  const form = /json/i.test(ex.requestHeaders.find((h) => h.name === 'content-type')?.value ?? '') ? [] : parseForm(ex.requestBody)
  const reqBody = bodyView(ex.requestBody)
  const resBody = bodyView(ex.responseContent, ex.responseEncoding)
  const tokens = tokensIn(ex)
  return (
    <section aria-label="Entry detail" className="panel detail">
      <h2>Entry #{ex.entry}{ex.carrier ? ' (unwrapped from the MCP Inspector proxy)' : ''}</h2>
      <p className="request-line"><code>{ex.method} {reveal ? ex.url : maskUrl(ex.url)}</code> → <b>{ex.status || 'no response'}</b>{ex.error ? ` (${ex.error})` : ''}</p>
      <button type="button" aria-pressed={reveal} onClick={() => setReveal(!reveal)}>{reveal ? 'Hide secrets' : 'Reveal secrets'}</button>
      <h3>Query parameters</h3>
      <Rows pairs={query} reveal={reveal} highlight={highlight} />
      {form.length > 0 && (<><h3>Form body</h3><Rows pairs={form} reveal={reveal} highlight={highlight} /></>)}
      {reqBody && form.length === 0 && (<><h3>Request body</h3><pre>{reveal ? reqBody : maskBody(reqBody)}</pre></>)}
      <h3>Request headers</h3>
      <Rows pairs={pairsOf(ex.requestHeaders)} reveal={reveal} highlight={highlight} />
      <h3>Response headers</h3>
      <Rows pairs={pairsOf(ex.responseHeaders)} reveal={reveal} highlight={highlight} />
      {!resBody && ex.responseSize ? <><h3>Response body</h3><p className="muted">Not kept: {ex.responseSize.toLocaleString('en')} bytes that no check reads (large captures are streamed and static bodies skipped).</p></> : null}
      {resBody && (<><h3>Response body</h3><pre>{reveal ? resBody : maskBody(resBody)}</pre></>)}
      {tokens.length > 0 && <h3>Tokens</h3>}
      {tokens.map((t) => <JwtView key={t.label} label={t.label} token={t.token} atMs={ex.startedMs} highlight={highlight} reveal={reveal} />)}
    </section>
  )
}
