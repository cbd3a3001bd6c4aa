// How one exporter lays out its entries, learned from the first entries the byte scanner found
// exactly, so the fast reader can find the rest with native string search instead of walking every
// byte. An exporter writes every entry the same way: the same separator between two entries
// (`},\n    {\n      "` when pretty-printed, `},{"startedDateTime"` when not) and the same
// `"text": "` before each response body. Nothing learned here is trusted: the fast reader's
// batches are checked by JSON.parse, and any surprise sends the whole file back to the byte scanner.
import type { ScannedEntry } from '../ingest/scanned-entry.ts'

export interface EntryShape {
  /** From an entry's closing `}` to the next entry's first key (its opening quote when pretty-printed). */
  sep: string
  /** Offset of the next entry's `{` within `sep`. */
  brace: number
  /** The entry-level `"response"` key, with the line's indentation when pretty-printed. */
  responseKey: string
  /** The `"text": "` before a response body, up to and including the body's opening quote. */
  bodyKey: string
}

const decoder = new TextDecoder()
const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
const NEWLINE = 0x0a
/** Exporters that write entries differently from one entry to the next are left to the byte scanner. */
const GIVE_UP_AFTER = 2000

export class ShapeLearner {
  private sep: string | null = null
  private sepConfirmed = false
  private responseKey: string | null = null
  private bodyKey: string | null = null
  private seen = 0

  /** Each entry the byte scanner found, in order (its bytes are valid during the call only). */
  see(e: ScannedEntry): EntryShape | null {
    if (++this.seen > GIVE_UP_AFTER) return null
    if (this.seen > 1) {
      const sep = separatorOf(e)
      this.sepConfirmed = sep !== null && sep === this.sep
      this.sep = sep
    }
    if (this.bodyKey === null) {
      // Captures saved without bodies have none to learn from: the content's `mimeType` shows the layout.
      const keys = e.body ? keysOf(e.bytes, e.body.start) : this.seen >= 3 ? keysBesideMimeType(e.bytes) : null
      if (keys) [this.responseKey, this.bodyKey] = keys
    }
    if (!this.sepConfirmed || !this.sep || !this.responseKey || !this.bodyKey) return null
    return { sep: this.sep, brace: this.sep.indexOf('{'), responseKey: this.responseKey, bodyKey: this.bodyKey }
  }
}

/** `}` + the gap + the entry's head, or null when the gap is not whitespace around one comma. */
function separatorOf(e: ScannedEntry): string | null {
  const gap = e.gap
  let commas = 0
  for (const c of gap) {
    if (c === 0x2c) commas++
    else if (!isSpace(c)) return null
  }
  if (commas !== 1) return null
  const b = e.bytes
  let i = 1
  while (isSpace(b[i])) i++
  if (b[i] !== 0x22) return null
  const pretty = gap.includes(NEWLINE) || b.subarray(0, i).includes(NEWLINE)
  let end = i + 1
  if (!pretty) {
    // Unindented text has no depth in its separators: the first key's name makes them rare.
    while (end < b.length && b[end] !== 0x22 && b[end] !== 0x5c) end++
    if (b[end] !== 0x22) return null
    end++
  }
  return '}' + decoder.decode(gap) + decoder.decode(b.subarray(0, end))
}

/** The response key and the body key of an entry whose body starts at `bodyStart`. */
function keysOf(b: Uint8Array, bodyStart: number): [string, string] | null {
  let i = bodyStart - 1
  while (isSpace(b[i])) i--
  if (b[i] !== 0x3a) return null
  i--
  while (isSpace(b[i])) i--
  const text = '"text"'
  for (let k = text.length - 1; k >= 0; k--, i--) if (b[i] !== text.charCodeAt(k)) return null
  const bodyKey = decoder.decode(b.subarray(lineStart(b, i + 1), bodyStart + 1))
  const response = findKey(b, RESPONSE, 0, bodyStart)
  return response < 0 ? null : [responseKeyAt(b, response), bodyKey]
}

/** The keys, with the body key written as the response content's `mimeType` key is. */
function keysBesideMimeType(b: Uint8Array): [string, string] | null {
  const response = findKey(b, RESPONSE, 0, b.length)
  const mime = response < 0 ? -1 : findKey(b, MIME_TYPE, response, b.length)
  if (mime < 0) return null
  let quote = mime + MIME_TYPE.length
  while (b[quote] !== 0x22) quote++
  const prefix = decoder.decode(b.subarray(lineStart(b, mime), mime))
  return [
    responseKeyAt(b, response),
    prefix + '"text"' + decoder.decode(b.subarray(mime + MIME_TYPE.length, quote + 1)),
  ]
}

const RESPONSE = '"response"'
const MIME_TYPE = '"mimeType"'
const responseKeyAt = (b: Uint8Array, at: number) => decoder.decode(b.subarray(lineStart(b, at), at + RESPONSE.length))

/** Where a key's line starts when only indentation comes before it on that line; else the key itself. */
function lineStart(b: Uint8Array, key: number): number {
  let i = key - 1
  while (b[i] === 0x20 || b[i] === 0x09) i--
  return b[i] === NEWLINE ? i : key
}

/** The first `key` from `from` followed by a colon, before `limit`. */
function findKey(b: Uint8Array, key: string, from: number, limit: number): number {
  const bytes = new TextEncoder().encode(key)
  outer: for (let at = b.indexOf(bytes[0]!, from); at >= 0 && at < limit; at = b.indexOf(bytes[0]!, at + 1)) {
    for (let k = 1; k < bytes.length; k++) if (b[at + k] !== bytes[k]) continue outer
    let j = at + bytes.length
    while (isSpace(b[j])) j++
    if (b[j] === 0x3a) return at
  }
  return -1
}
