// Where an entry that JSON.parse rejected stops being JSON, in the coordinates of the whole file:
// the scanner gives the line and column of the entry's `{`, the JSON scanner the offset inside it.
import { lineColumn, scanValue } from './json-scan.ts'
import type { BrokenEntry } from './capture-messages.ts'

/**
 * `text` is the entry's text as parsed; when a large body was cut out of it, `cut` says where
 * (character offset of the `""` left in its place) and how many characters it held, quotes included.
 */
export function locateBrokenEntry(
  text: string,
  entry: number,
  start: { line: number; column: number },
  cut: { at: number; chars: number } | null = null,
): BrokenEntry {
  const scan = scanValue(text, 0)
  const at = scan.ok ? 0 : scan.at
  const reason = scan.ok ? 'not JSON' : scan.reason
  const inEntry = lineColumn(text, at)
  // Bodies hold no raw newline, so only the column after a cut body on the same line moves.
  const sameLineAfterCut = cut !== null && at > cut.at + 1 && !text.slice(cut.at, at).includes('\n')
  const shift = sameLineAfterCut ? cut.chars - 2 : 0
  if (inEntry.line === 1) return { entry, line: start.line, column: start.column + at + shift, reason }
  return { entry, line: start.line + inEntry.line - 1, column: inEntry.column + shift, reason }
}

/** The entry the text ended inside: broken (a syntax error before the end) or only cut short (null). */
export function unfinishedEntry(
  u: { text: string; line: number; column: number } | null,
  entry: number,
): BrokenEntry | null {
  if (!u) return null
  const scan = scanValue(u.text, 0)
  if (scan.ok || scan.eof) return null
  return locateBrokenEntry(u.text, entry, u)
}
