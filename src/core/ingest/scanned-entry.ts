// What the streaming scanner hands out: each element of a HAR's log.entries as bytes, and the rest at the end.

export interface ScannedEntry {
  bytes: Uint8Array
  /** The bytes between the previous entry (or the `[`) and this one: whitespace and a comma. */
  gap: Uint8Array
  /** Byte range, within `bytes`, of the `response.content.text` string (quotes included). */
  body: { start: number; end: number } | null
  /** 1-based line and column (in bytes) of the entry's `{` in the text, for error locations; -1 when
   * unknown (another reader went over part of the text, see `EntryScanner.resumeBetweenEntries`). */
  line: number
  column: number
}

/** What is left when the text ends: the document around the entries, and whether it ended inside them. */
export interface ScanEnd {
  skeleton: string
  endedInsideEntries: boolean
  sawEntries: boolean
  /** The entry the text ended inside, as far as it went (a cut file, or a break that hid its end). */
  unfinished: { text: string; line: number; column: number } | null
}
