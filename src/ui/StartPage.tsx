import { useEffect, useState } from 'react'
import { analyzeFile, loadExample } from './load.ts'

interface Example {
  id: string
  title: string
  file: string
}

export function StartPage() {
  const [examples, setExamples] = useState<Example[]>([])
  useEffect(() => {
    fetch('examples/index.json').then((r) => r.json()).then(setExamples, () => setExamples([]))
  }, [])
  return (
    <section className="start">
      <h2>Why did the MCP client's OAuth connection fail?</h2>
      <p>Drop a HAR capture anywhere on this page, or choose one. The verdict says what went wrong, who must fix it, and where the proof is.</p>
      <label className="file">
        Open HAR file
        <input type="file" accept=".har,.json,.gz,.zhar,.zip,application/json" onChange={(e) => { const f = e.target.files?.[0]; if (f) void analyzeFile(f); e.target.value = '' }} />
      </label>
      <h3>Try an example</h3>
      <ul className="examples">
        {examples.map((x) => (
          <li key={x.id}><button type="button" onClick={() => void loadExample(x.file)}>{x.title}</button></li>
        ))}
      </ul>
      <h3>How to capture</h3>
      <ul>
        <li><b>Chrome / Edge:</b> DevTools → Network, tick "Preserve log" and "Disable cache", connect, then "Export HAR". Chrome removes Authorization headers unless Settings → Network → "Allow to generate HAR with sensitive data" is on.</li>
        <li><b>Firefox / Safari:</b> Network → "Persist Logs" / "Preserve Log", then "Save All As HAR" / "Export".</li>
        <li><b>Desktop and CLI clients</b> (VS Code, Cursor, Claude Code): capture with mitmproxy, Charles or Fiddler and export HAR.</li>
        <li><b>Hosted clients</b> (claude.ai, ChatGPT, Copilot Studio) exchange the code on their servers: a browser capture shows only the authorization request and the callback.</li>
      </ul>
    </section>
  )
}
