// The whole-file reader's answer to a document JSON.parse rejected: split `log.entries` with the
// streaming reader's byte scanner and parse each entry alone, so a broken entry costs that entry
// only, located exactly as the streaming reader locates it.
import { EntryScanner } from './entry-scanner.ts'
import { locateBrokenEntry, unfinishedEntry } from './broken-entry.ts'
import type { BrokenEntry } from './capture-messages.ts'

export interface Split {
  /** Sparse: a broken entry leaves a hole, so every other entry keeps its position. */
  entries: unknown[]
  broken: BrokenEntry[]
  /** The document around the entries (entries replaced by an empty list). */
  skeleton: string
  endedInside: boolean
  sawEntries: boolean
}

export function splitEntries(text: string): Split {
  const decoder = new TextDecoder()
  const entries: unknown[] = []
  const broken: BrokenEntry[] = []
  const scanner = new EntryScanner((e) => {
    const index = scanner.entries
    const entryText = decoder.decode(e.bytes)
    try {
      entries[index] = JSON.parse(entryText)
    } catch {
      entries.length = index + 1
      broken.push(locateBrokenEntry(entryText, index, e))
    }
  })
  scanner.push(new TextEncoder().encode(text))
  const end = scanner.end()
  const unfinished = unfinishedEntry(end.unfinished, scanner.entries)
  if (unfinished) {
    entries.length = scanner.entries + 1
    broken.push(unfinished)
  }
  return { entries, broken, skeleton: end.skeleton, endedInside: end.endedInsideEntries, sawEntries: end.sawEntries }
}
