import type { ReactNode } from 'react'
import { splitCodeSpans } from '../../core/scrub/code-span.ts'
import { Term } from '../common/Term.tsx'
import { GLOSSARY, TERM_PATTERN } from '../common/glossary.ts'

/** Renders the core's messages: code spans become <code>, the rest stays text. Spans are read as
 * CommonMark §6.1 reads them (the core fences a value holding backticks with a longer run), so
 * such a value shows whole. With `glossary`, the first use of PRM, AS, PKCE, `aud` and `resource`
 * in the text is explained. */
export function RichText({ text, glossary = false }: { text: string; glossary?: boolean }) {
  const seen = new Set<string>()
  const first = (term: string) => glossary && !seen.has(term) && GLOSSARY[term] !== undefined && (seen.add(term), true)
  const out: ReactNode[] = []
  splitCodeSpans(text).forEach(({ code, text: p }, i) => {
    if (code) {
      out.push(
        first(p) ? (
          <Term key={i} term={p}>
            <code>{p}</code>
          </Term>
        ) : (
          <code key={i}>{p}</code>
        ),
      )
      return
    }
    if (!glossary) return void out.push(p)
    let at = 0
    for (const m of p.matchAll(TERM_PATTERN)) {
      if (!first(m[1]!)) continue
      out.push(p.slice(at, m.index))
      out.push(<Term key={`${i}-${m.index}`} term={m[1]!} />)
      at = m.index + m[0].length
    }
    out.push(p.slice(at))
  })
  return <>{out}</>
}
