// Undo forum mangling before extraction, keeping a map back to the pasted text so claims can be
// marked where the user pasted them: smart quotes, bullets, zero-width characters, Markdown
// escapes, bold markers and quote markers, underscores Markdown ate, and soft line wraps inside
// URLs and tokens.
import { restoreUnderscores } from './underscores.ts'

export interface Normalized {
  text: string
  /** For each character of `text`, its index in the original. */
  map: number[]
  /** Offsets (in `text`) of lines that were quoted with ">" in the paste. */
  quoted?: number[]
}

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2192': '→',
  '\u2013': '-',
  '\u2014': '-',
}
const DROP = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])
const SPACES = new Set([
  '\u00a0',
  '\u2002',
  '\u2003',
  '\u2009',
  '\u202f',
  '\u2022',
  '\u25cf',
  '\u25e6',
  '\u2023',
  '\u2043',
])
/** Markdown escapes a forum adds before punctuation (`\_`, `\"`, `` \` ``): the next character is meant. */
const ESCAPED = /[_*`[\]()#.!"'<>{}|~+=-]/

/**
 * A line break inside a URL's query ("…?client_id=abc&\nredirect_uri=…") or a JWT
 * ("eyJhbGci…\nOiJSUzI1NiJ9…"), where mail clients and forums wrap long lines.
 */
function isSoftWrap(done: readonly string[], input: string, at: number): boolean {
  // Bounded windows: a long paste must not make every line break scan the whole text.
  let from = done.length
  while (from > 0 && done.length - from < 4000 && !/\s/.test(done[from - 1]!)) from--
  const lastWord = done.slice(from).join('')
  const nextWord = /^\S+/.exec(input.slice(at + 1, at + 4000))?.[0] ?? ''
  if (!lastWord || !nextWord) return false
  if (/^eyJ[A-Za-z0-9_.-]{20,}$/.test(lastWord)) return /^[A-Za-z0-9_.-]{8,}/.test(nextWord)
  if (/^https?:\/\/\S*\?/.test(lastWord)) return /[&=]$/.test(lastWord) || /^[A-Za-z0-9%_.~+-]*[=&]/.test(nextWord)
  return false
}

export function normalizeText(input: string): Normalized {
  const chars: string[] = [] // joined at the end: appending to one long string re-flattens it
  const map: number[] = []
  const push = (s: string, at: number) => {
    for (const ch of s) {
      chars.push(ch)
      map.push(at)
    }
  }
  let lineStart = true
  const quoted: number[] = []
  for (let i = 0; i < input.length; i++) {
    if (lineStart) {
      // Quote markers of a forum reply, a mail or `curl -v` ("> ", ">> "): the quoted text is what counts.
      const quote = /^[ \t]*(?:>[ \t]?)+/.exec(input.slice(i, i + 16))
      if (quote) {
        i += quote[0].length
        quoted.push(chars.length)
      }
      lineStart = false
      if (i >= input.length) break
    }
    const ch = input[i]!
    if (ch === '\n') lineStart = true
    if (DROP.has(ch)) continue
    // Terminal colours in a pasted log (ESC [ … m) carry no meaning.
    const ansi = ch === '\u001b' ? /^\u001b\[[0-9;]*[A-Za-z]/.exec(input.slice(i, i + 16)) : null
    if (ansi) {
      i += ansi[0].length - 1
      continue
    }
    if (ch === '\\' && ESCAPED.test(input[i + 1] ?? '')) continue
    if (ch === '*' && input[i + 1] === '*') {
      i++
      continue
    } // Markdown bold, even inside code spans
    if (QUOTES[ch]) {
      push(QUOTES[ch], i)
      continue
    }
    if (SPACES.has(ch)) {
      push(' ', i)
      continue
    }
    if (ch === '\r') continue
    if (ch === '\n' && isSoftWrap(chars, input, i)) continue
    push(ch, i)
  }
  const restored = restoreUnderscores({ text: chars.join(''), map })
  // Inserted underscores shift later offsets: map quoted line starts through the position map.
  const byOriginal = new Map<number, number>()
  restored.map.forEach((o, k) => {
    if (!byOriginal.has(o)) byOriginal.set(o, k)
  })
  return { ...restored, quoted: quoted.map((q) => byOriginal.get(map[q] ?? -1) ?? q) }
}

/** Original [start, end) of a normalized range. */
export function originalRange(n: Normalized, start: number, end: number): [number, number] {
  const s = n.map[start] ?? n.map[n.map.length - 1] ?? 0
  const e = end > start ? (n.map[end - 1] ?? s) + 1 : s
  return [s, e]
}
