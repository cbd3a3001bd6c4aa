import { useState } from 'react'
import { copyText } from '../share/download.ts'

/** A small "Copy" button; `what` completes its accessible name ("Copy value of aud"). */
export function CopyButton({ text, what, label = 'Copy' }: { text: string; what: string; label?: string }) {
  const [done, setDone] = useState<'' | 'ok' | 'failed'>('')
  const copy = async () => {
    setDone((await copyText(text)) ? 'ok' : 'failed')
    setTimeout(() => setDone(''), 2000)
  }
  return (
    <button type="button" className="copy" onClick={() => void copy()} aria-label={`${label} ${what}`}>
      {label}
      {done === 'ok' ? ' ✓' : done === 'failed' ? ' ✗' : ''}
    </button>
  )
}
