// Undo forum mangling before extraction, keeping a map back to the pasted text so recognised
// artefacts can be highlighted where the user pasted them: smart quotes, bullets, zero-width
// characters, Markdown escapes and emphasis, and soft line wraps inside URLs and tokens.

export interface Normalized {
  text: string
  /** For each character of `text`, its index in the original. */
  map: number[]
}

const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"' }
const LOST_UNDERSCORE = /^client01[0-9A-HJKMNP-TV-Z]{24}(?![0-9A-Za-z])/
const DROP = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])
const SPACES = new Set(['\u00a0', '\u2002', '\u2003', '\u2009', '\u202f', '\u2022', '\u25cf', '\u25e6', '\u2023', '\u2043'])
/**
 * A line break inside a URL's query ("…?client_id=abc&\nredirect_uri=…") or a JWT
 * ("eyJhbGci…\nOiJSUzI1NiJ9…"), where mail clients and forums wrap long lines.
 */
function isSoftWrap(done: string, input: string, at: number): boolean {
  const lastWord = /\S+$/.exec(done)?.[0] ?? ''
  const nextWord = /^\S+/.exec(input.slice(at + 1))?.[0] ?? ''
  if (!lastWord || !nextWord) return false
  if (/^eyJ[A-Za-z0-9_.-]{20,}$/.test(lastWord)) return /^[A-Za-z0-9_.-]{8,}/.test(nextWord)
  if (/^https?:\/\/\S*\?/.test(lastWord)) return /[&=]$/.test(lastWord) || /^[A-Za-z0-9%_.~+-]*[=&]/.test(nextWord)
  return false
}

export function normalizeText(input: string): Normalized {
  let text = ''
  const map: number[] = []
  const push = (s: string, at: number) => {
    for (const ch of s) {
      text += ch
      map.push(at)
    }
  }
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!
    if (DROP.has(c)) continue
    if (c === '\\' && /[_*`[\]()#.!-]/.test(input[i + 1] ?? '')) continue // Markdown escape: keep the next character
    if (QUOTES[c]) { push(QUOTES[c], i); continue }
    if (SPACES.has(c)) { push(' ', i); continue }
    if (c === '\r') continue
    if (c === '\n' && isSoftWrap(text, input, i)) continue
    // Markdown ate the underscore of a WorkOS client id (client_01…): put it back.
    if (c === 'c' && LOST_UNDERSCORE.test(input.slice(i, i + 34))) {
      push('client_', i)
      i += 5
      continue
    }
    push(c, i)
  }
  return { text, map }
}

/** Original [start, end) of a normalized range. */
export function originalRange(n: Normalized, start: number, end: number): [number, number] {
  const s = n.map[start] ?? n.map[n.map.length - 1] ?? 0
  const e = end > start ? (n.map[end - 1] ?? s) + 1 : s
  return [s, e]
}
