import { useState, type ReactNode } from 'react'
import { GLOSSARY } from './glossary.ts'

const idFor = (term: string) => `glossary-${term}`

/** A glossary word: hover or focus shows what it means, and screen readers get the meaning as
 * its description. The tip is drawn only while shown, so the sentence's text stays the sentence. */
export function Term({ term, children }: { term: string; children?: ReactNode }) {
  const [open, setOpen] = useState(false)
  const meaning = GLOSSARY[term]
  if (!meaning) return <>{children ?? term}</>
  return (
    <span className="term" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="term-word"
        aria-describedby={idFor(term)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false)
        }}
      >
        {children ?? term}
      </button>
      {open && (
        <span className="tip" aria-hidden="true">
          {meaning}
        </span>
      )}
    </span>
  )
}

/** The meanings, once per page, for `aria-describedby`. */
export function GlossaryDefinitions() {
  return (
    <div hidden>
      {Object.entries(GLOSSARY).map(([term, meaning]) => (
        <span key={term} id={idFor(term)}>
          {meaning}
        </span>
      ))}
    </div>
  )
}
