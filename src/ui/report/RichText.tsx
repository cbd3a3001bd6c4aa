import type { ReactNode } from 'react'
import { Term } from '../common/Term.tsx'
import { GLOSSARY, TERM_PATTERN } from '../common/glossary.ts'

/** Renders the core's messages: `backticked` spans become <code>, the rest stays text. With
 * `glossary`, the first use of PRM, AS, PKCE, `aud` and `resource` in the text is explained. */
export function RichText({ text, glossary = false }: { text: string; glossary?: boolean }) {
  const seen = new Set<string>()
  const first = (term: string) => glossary && !seen.has(term) && GLOSSARY[term] !== undefined && (seen.add(term), true)
  const out: ReactNode[] = []
  text.split(/(`[^`]+`)/g).forEach((p, i) => {
    if (p.length > 2 && p.startsWith('`') && p.endsWith('`')) {
      const inner = p.slice(1, -1)
      out.push(first(inner) ? <Term key={i} term={inner}><code>{inner}</code></Term> : <code key={i}>{inner}</code>)
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
