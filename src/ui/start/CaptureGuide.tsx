/** How to capture, per browser and proxy (har-format.md §1.5, §1.8; clients-and-servers.md §B.0). */
export function CaptureGuide() {
  return (
    <details className="guide" open>
      <summary>
        <h3>How to capture a HAR</h3>
      </summary>
      <ul>
        <li>
          <b>Chrome / Edge:</b> open DevTools → Network before you click Connect; tick <i>Preserve log</i> and{' '}
          <i>Disable cache</i>; after the failure, right-click the list → <i>Save all as HAR</i>. Chrome 130+ removes{' '}
          <code>Authorization</code> and cookies unless Settings → Preferences → Network →{' '}
          <i>Allow to generate HAR with sensitive data</i> is on; the analysis then marks header checks as unknown.
        </li>
        <li>
          <b>Firefox:</b> Network → gear → <i>Persist Logs</i>, then <i>Save All As HAR</i>. Bodies over 1 MB are cut.
        </li>
        <li>
          <b>Safari:</b> Develop → Web Inspector → Network → <i>Preserve Log</i>, then <i>Export</i>.
        </li>
        <li>
          <b>Desktop and CLI clients</b> (VS Code, Cursor, Claude Code, Gemini CLI): the browser only shows the sign-in
          page. Capture the client with <b>mitmproxy</b> (<code>mitmdump --set hardump=capture.har</code>),{' '}
          <b>Charles</b> (File → Export Session → HTTP Archive) or <b>Fiddler</b> (Export Sessions → HTTPArchive v1.2).
        </li>
        <li>
          <b>Hosted clients</b> (claude.ai, ChatGPT, Copilot Studio) exchange the code for a token on their own servers:
          a browser capture shows the authorization request and the callback, never the token. The token's{' '}
          <code>aud</code> then has to come from the MCP server's logs.
        </li>
      </ul>
    </details>
  )
}
