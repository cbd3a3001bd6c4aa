import { FileButton } from './FileButton.tsx'
import { CaptureGuide } from './CaptureGuide.tsx'
import { PasteBox } from './PasteBox.tsx'
import { ExampleList } from './ExampleList.tsx'

export function StartPage() {
  return (
    <section className="start" aria-label="Start">
      <h2>Why did the MCP client's OAuth connection fail?</h2>
      <p>
        Open a HAR capture to get the root cause, who must fix it, and the entries that prove it — with the token's{' '}
        <code>aud</code> next to the resource the server advertised.
      </p>
      <div className="drop-box">
        <p>
          <b>Drop a HAR file anywhere on this page</b>{' '}
          <span className="muted">(.har, .har.gz, .zhar, Playwright .zip)</span>
        </p>
        <FileButton />
      </div>
      <p className="privacy">
        Your capture never leaves this tab: there is no server behind this page, and the page's security policy forbids
        it from sending data anywhere.
      </p>
      <ExampleList />
      <PasteBox />
      <CaptureGuide />
    </section>
  )
}
