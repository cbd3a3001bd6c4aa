import { useEffect, useState } from 'react'
import { loadExample } from '../engine.ts'
import { FileButton } from './FileButton.tsx'
import { CaptureGuide } from './CaptureGuide.tsx'
import { PasteBox } from './PasteBox.tsx'

interface Example {
  id: string
  title: string
  file: string
  description?: string
}

export function StartPage() {
  const [examples, setExamples] = useState<Example[]>([])
  useEffect(() => {
    fetch('examples/index.json')
      .then((r) => r.json() as Promise<Example[]>)
      .then(setExamples, () => setExamples([]))
  }, [])
  return (
    <section className="start" aria-label="Start">
      <h2>Why did the MCP client's OAuth connection fail?</h2>
      <p>Drop a HAR capture anywhere on this page, or choose one. You get the root cause, who must fix it, and the entries that prove it — with the token's <code>aud</code> next to the resource the server advertised.</p>
      <FileButton />
      <p className="privacy">Your capture never leaves this tab: there is no server behind this page, and the page's security policy forbids it from sending data anywhere.</p>
      <h3>Try an example</h3>
      <ul className="examples">
        {examples.map((x) => (
          <li key={x.id}>
            <button type="button" onClick={() => void loadExample(x.id)}>{x.title}</button>
            {x.description && <span className="muted"> — {x.description}</span>}
          </li>
        ))}
      </ul>
      <PasteBox />
      <CaptureGuide />
    </section>
  )
}
