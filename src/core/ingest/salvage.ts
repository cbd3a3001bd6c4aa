// Reads `log.entries` element by element from text that JSON.parse rejected, so a truncated
// capture still yields every complete entry (har-format.md §1.7, "Truncated file").
import { scanValue, skipSpace } from './json-scan.ts'

export interface Salvage {
  entries: unknown[]
  /** True when the text ended inside the entries array. */
  endedInside: boolean
  found: boolean
}

const ENTRIES_KEY = /"entries"\s*:\s*\[/g

export function salvageEntries(text: string): Salvage {
  ENTRIES_KEY.lastIndex = 0
  const m = ENTRIES_KEY.exec(text)
  if (!m) return { entries: [], endedInside: false, found: false }
  const entries: unknown[] = []
  let i = m.index + m[0].length
  for (;;) {
    i = skipSpace(text, i)
    if (i >= text.length) return { entries, endedInside: true, found: true }
    if (text[i] === ']') return { entries, endedInside: false, found: true }
    const scan = scanValue(text, i)
    if (!scan.ok) return { entries, endedInside: scan.eof, found: true }
    try {
      entries.push(JSON.parse(text.slice(i, scan.end)))
    } catch {
      return { entries, endedInside: false, found: true }
    }
    i = skipSpace(text, scan.end)
    if (text[i] === ',') i++
  }
}

/** The exporter name, read by pattern when the document as a whole could not be parsed. */
export function sniffCreator(text: string): string | null {
  const m = /"creator"\s*:\s*\{[^{}]*?"name"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text)
  return m?.[1] ?? null
}
