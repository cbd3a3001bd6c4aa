import { useState } from 'react'
import type { Report } from '../../core/index.ts'
import { joinProbe } from '../../core/probe/join.ts'
import { isJoinedWithProbe, probeTargetOf, readProbeReport } from '../../core/probe/read-report.ts'
import { useApp } from '../store/index.ts'
import { copyText } from '../share/download.ts'

/** Single-quoted for a POSIX shell when the URL holds anything a shell would interpret. */
const shellWord = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)

/** The page never fetches (issue 15 item 4): it shows the probe command to run, and joins the
 * probe's JSON report when it is pasted or dropped back in. */
export function ProbeHint({ report }: { report: Report }) {
  const [text, setText] = useState('')
  const [message, setMessage] = useState('')
  if (isJoinedWithProbe(report)) return null
  const target = probeTargetOf(report)
  const url = target ? shellWord(target) : 'https://<your MCP server URL>'
  const command = `npx mcp-oauth-har probe ${url} --json > probe.json`
  const copied = (ok: boolean) => setMessage(ok ? 'Command copied.' : 'Copy failed: select the command and copy it.')
  const join = (json: string) => {
    const read = readProbeReport(json)
    if (!read.ok) return setMessage(read.message)
    setMessage('')
    setText('')
    useApp.setState({ report: joinProbe(report, read.report) })
  }
  return (
    <section aria-label="Probe the server" className="panel compare probe-hint">
      <h2>Probe the server</h2>
      <p className="muted">
        This page never contacts a server. To check the server's public discovery (the 401 challenge, its metadata, CORS
        for browser-based clients) and join those facts to this report, run this where you have a terminal, then paste
        or drop <code>probe.json</code> below.
      </p>
      <p className="probe-command">
        <code data-probe-command style={{ overflowWrap: 'anywhere' }}>
          {command}
        </code>{' '}
        <button type="button" onClick={() => void copyText(command).then(copied)}>
          Copy
        </button>
      </p>
      <label className="compare-text">
        Probe report (JSON)
        <textarea
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onDrop={(e) => {
            const f = e.dataTransfer.files[0]
            if (!f) return
            e.preventDefault()
            void f.text().then(join)
          }}
        />
      </label>
      <button type="button" disabled={!text.trim()} onClick={() => join(text)}>
        Join the probe
      </button>
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
    </section>
  )
}
