import { useEffect, useState } from 'react'
import {
  decodeShareLink,
  encodeShareFragment,
  renderMarkdown,
  toShareableReport,
  type Report,
  type SharedReport,
} from '../../core/index.ts'
import { redactCurrentFile } from '../engine.ts'
import { copyText, downloadText } from './download.ts'
import { isLocalOrigin, normalizeBase, pageBase, rememberBase, rememberedBase } from './share-base.ts'
import { LocalOriginNote } from './LocalOriginNote.tsx'

export function SharePanel({ report }: { report: Report }) {
  const [hideHosts, setHideHosts] = useState(false)
  const [link, setLink] = useState('')
  const [preview, setPreview] = useState<SharedReport | null>(null)
  const [status, setStatus] = useState('')
  const local = isLocalOrigin(location.href)
  const [publicBase, setPublicBase] = useState<string | null>(() => (local ? rememberedBase() : null))
  const [shareable, setShareable] = useState<{ report: Report; hideHosts: boolean; value: SharedReport } | null>(null)
  useEffect(() => {
    let live = true
    // In a task of its own, after the verdict is on screen: the projection and encoding take
    // 20–30 ms, and a store update renders and runs effects in one task (issue #14: ≤ 50 ms).
    const later = setTimeout(() => {
      const projected = toShareableReport(report, { hideHosts })
      setShareable({ report, hideHosts, value: projected })
      void encodeShareFragment(projected).then(async (fragment) => {
        const full = (publicBase ?? pageBase(location.href)) + fragment
        // The preview is the decoded link itself, exactly what a recipient will see.
        const decoded = await decodeShareLink(fragment)
        if (!live) return
        setLink(full)
        setPreview(decoded.ok ? decoded.value : null)
      })
    })
    return () => {
      live = false
      clearTimeout(later)
    }
  }, [report, hideHosts, publicBase])
  /** The projection for the buttons, made now if the deferred one is not there yet. */
  const current = () =>
    shareable?.report === report && shareable.hideHosts === hideHosts
      ? shareable.value
      : toShareableReport(report, { hideHosts })
  /** A typed public address: remembered when valid; '' goes back to this page's own address. */
  const useBase = (input: string) => {
    const b = input ? normalizeBase(input) : null
    rememberBase(b)
    setPublicBase(b)
    return b !== null || !input
  }
  const say = (text: string) => {
    setStatus(text)
    setTimeout(() => setStatus(''), 4000)
  }
  const base = (report.input.name || 'capture').replace(/\.[^.]*$/, '')
  return (
    <section aria-label="Share" className="panel share">
      <h2>Share</h2>
      <p>
        The link, the Markdown and the report JSON carry the diagnosis only: verdict, findings, the audience values and
        request kinds. Never tokens, codes, cookies, secrets, bodies or personal claims; a server's own wording is
        shared only when every word of it is known to be safe, and keys or ids in URL paths are replaced.
      </p>
      {local && <LocalOriginNote base={publicBase} onChange={useBase} />}
      <label>
        <input type="checkbox" checked={hideHosts} onChange={(e) => setHideHosts(e.target.checked)} /> Hide hostnames
        (stable pseudonyms keep equal hosts equal)
      </label>
      <div className="share-row">
        <label className="share-link">
          Share link <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
        <span className="muted">{link.length.toLocaleString('en')} characters</span>
      </div>
      <div className="share-actions">
        <button
          type="button"
          onClick={async () =>
            say((await copyText(link)) ? 'Link copied.' : 'Copy failed: select the link and copy it.')
          }
        >
          Copy share link
        </button>
        <button
          type="button"
          onClick={async () =>
            say((await copyText(renderMarkdown(current(), link))) ? 'Markdown copied.' : 'Copy failed.')
          }
        >
          Copy as Markdown
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(`${base}.shared-report.json`, JSON.stringify(current(), null, 2), 'application/json')
          }
        >
          Download report (JSON)
        </button>
        {report.input.kind === 'har' && (
          <button
            type="button"
            onClick={async () => {
              const r = await redactCurrentFile()
              if (r.ok) downloadText(r.name, r.text, 'application/json')
              say(
                r.ok
                  ? r.lost.length
                    ? `Redacted HAR saved, but incomplete: ${r.lost.join(' ')}`
                    : 'Redacted HAR saved.'
                  : `Could not redact: ${r.message}`,
              )
            }}
          >
            Download redacted HAR
          </button>
        )}
        <span role="status" className="muted">
          {status}
        </span>
      </div>
      <p className="muted">
        The report JSON above is what the link carries. The full report keeps every value of the capture; it is for you,
        not for sharing:{' '}
        <button
          type="button"
          className="link"
          onClick={() =>
            downloadText(`${base}.full-report.private.json`, JSON.stringify(report, null, 2), 'application/json')
          }
        >
          Download full report (private, not redacted)
        </button>
      </p>
      <details>
        <summary>Preview: exactly what the link contains</summary>
        <pre className="share-preview">{preview ? JSON.stringify(preview, null, 2) : 'Encoding…'}</pre>
      </details>
    </section>
  )
}
