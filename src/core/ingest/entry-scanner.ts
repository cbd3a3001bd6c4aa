// A streaming, byte-level scanner for HAR files of any size (V8 cannot hold a string over ~512 MB):
// it finds each element of `log.entries` without parsing the document, understands JSON strings and
// escapes, and marks where each `response.content.text` lies so a large body need not be decoded.
// What surrounds the entries (version, creator, pages) is kept as a "skeleton" and parsed at the end,
// so `log` keys may come in any order (Fiddler writes `creator` after `entries`).

import { hasUtf8Bom } from './container.ts'
import { BACKSLASH, CLOSE_ARR, CLOSE_OBJ, COLON, COMMA, NEWLINE, OPEN_ARR, OPEN_OBJ, QUOTE } from './json-bytes.ts'
import { concatBytes } from './concat-bytes.ts'
import type { ScanEnd, ScannedEntry } from './scanned-entry.ts'
import { Key, keyOf } from './scanner-keys.ts'

const decoder = new TextDecoder()
type Mode = 'outside' | 'between' | 'entry' | 'after'

export class EntryScanner {
  private buf = new Uint8Array(1 << 16)
  private len = 0
  /** First byte of `buf` not yet handed out (the gap before the current entry while inside one). */
  private keep = 0
  private pos = 0
  private mode: Mode = 'outside'
  private depth = 0
  private entriesDepth = -1
  private inString = false
  private escaped = false
  private stringStart = 0
  private afterColon = false
  private lastKey = Key.Other
  private keys: Key[] = []
  /** -1 idle; -3 inside response.content; -2 after its "text" key; ≥ 0 the body string's start. */
  private bodyStart = -1
  private body: { start: number; end: number } | null = null
  private skeleton: Uint8Array[] = []
  private first = true
  /** Absolute offset of buf[0] in the text; lines seen so far and where the current one starts.
   * Valid JSON has raw newlines only between tokens, so the token loop below counts them all. */
  private base = 0
  private lines = 1
  private lineStart = 0
  private entryLine = 1
  private entryColumn = 1
  /** Where the current entry's `{` is (`keep` stays at the gap before it, handed out with the entry). */
  private entryStart = 0
  /** False once another reader went over part of the text: lines and columns are then unknown (-1). */
  private linesKnown = true
  private stopRequested = false
  entries = 0

  constructor(private readonly onEntry: (e: ScannedEntry) => void) {}

  /** Scans a chunk; returns the bytes not scanned when `stopAfterEntry` was called from `onEntry`. */
  push(chunk: Uint8Array): Uint8Array | null {
    if (this.first && chunk.length) {
      this.first = false
      // A UTF-8 BOM is not part of the JSON text.
      if (hasUtf8Bom(chunk)) chunk = chunk.subarray(3)
    }
    this.append(chunk)
    this.scan()
    if (this.stopRequested) {
      this.stopRequested = false
      const rest = this.buf.slice(this.pos, this.len)
      this.len = this.pos
      return rest
    }
    this.compact()
    return null
  }

  /** Called from `onEntry`: `push` returns right after this entry, with the rest of its chunk. */
  stopAfterEntry(): void {
    this.stopRequested = true
  }

  /** Another reader took the entries from where `push` stopped; the text goes on after an entry's `}`. */
  resumeBetweenEntries(): void {
    this.len = this.keep = this.pos = 0
    this.linesKnown = this.inString = this.afterColon = false
    this.bodyStart = -1
  }

  /** The document around the entries (entries replaced by an empty list), and whether it ended inside the entries. */
  end(): ScanEnd {
    const unfinished =
      this.mode === 'entry'
        ? {
            text: decoder.decode(this.buf.subarray(this.entryStart, this.len)),
            ...this.entryPosition(),
          }
        : null
    if (this.mode !== 'entry' && this.mode !== 'between') this.flushSkeleton(this.len)
    const endedInsideEntries = this.mode === 'entry' || this.mode === 'between'
    const skeleton = decoder.decode(concatBytes(this.skeleton))
    return { skeleton, endedInsideEntries, sawEntries: this.entriesDepth >= 0, unfinished }
  }

  private entryPosition(): { line: number; column: number } {
    return this.linesKnown ? { line: this.entryLine, column: this.entryColumn } : { line: -1, column: -1 }
  }

  private append(chunk: Uint8Array): void {
    if (this.len + chunk.length > this.buf.length) {
      const live = this.len - this.keep
      const size = Math.max(this.buf.length, (live + chunk.length) * 2)
      const next = size > this.buf.length ? new Uint8Array(size) : this.buf
      next.set(this.buf.subarray(this.keep, this.len), 0)
      this.base += this.keep
      this.pos -= this.keep
      this.stringStart -= this.keep
      this.entryStart -= this.keep
      if (this.bodyStart >= 0) this.bodyStart -= this.keep
      this.len = live
      this.keep = 0
      this.buf = next
    }
    this.buf.set(chunk, this.len)
    this.len += chunk.length
  }

  private compact(): void {
    if (this.mode === 'outside' || this.mode === 'after') this.flushSkeleton(this.pos)
  }

  private flushSkeleton(to: number): void {
    if (to > this.keep) {
      this.skeleton.push(this.buf.slice(this.keep, to))
      this.keep = to
    }
  }

  private scan(): void {
    const b = this.buf
    const len = this.len
    let i = this.pos
    while (i < len) {
      if (this.inString) {
        if (this.bodyStart >= 0) {
          // A body can be megabytes long: jump from quote to quote natively.
          const q = b.indexOf(QUOTE, i)
          if (q < 0 || q >= len) {
            i = len
            break
          }
          let slashes = 0
          for (let k = q - 1; k > this.stringStart && b[k] === BACKSLASH; k--) slashes++
          i = q + 1
          if (slashes % 2 === 1) continue
        } else {
          // Short strings (names, header values): a tight loop beats a native call per string.
          let esc = this.escaped
          for (; i < len; i++) {
            const c = b[i]!
            if (esc) esc = false
            else if (c === BACKSLASH) esc = true
            else if (c === QUOTE) break
          }
          this.escaped = esc
          if (i >= len) break
          i++
        }
        this.inString = false
        if (this.bodyStart >= 0 || (!this.afterColon && this.keysMatter())) this.endString(i)
        continue
      }
      const c = b[i]!
      if (c === QUOTE) {
        this.inString = true
        this.escaped = false
        this.stringStart = i
        if (this.bodyStart === -2) this.bodyStart = i
      } else if (c === COLON) {
        this.afterColon = true
        if (this.bodyStart === -3 && this.depth === this.entriesDepth + 3 && this.lastKey === Key.Text)
          this.bodyStart = -2
      } else if (c === COMMA) {
        this.afterColon = false
        if (this.bodyStart === -2) this.bodyStart = -3
      } else if (c === OPEN_OBJ || c === OPEN_ARR) this.open(c, i)
      else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
        this.close(i)
        if (this.stopRequested) {
          i++
          break
        }
      } else if (c === NEWLINE) {
        this.lines++
        this.lineStart = this.base + i + 1
      }
      i++
    }
    this.pos = i
  }

  /** Keys are only needed outside the entries and in an entry's top three levels. */
  private keysMatter(): boolean {
    if (this.mode !== 'entry') return this.mode === 'outside'
    const d = this.depth - this.entriesDepth
    return d >= 1 && d <= 3
  }

  private endString(end: number): void {
    const start = this.stringStart
    if (this.bodyStart === start) {
      this.body = { start: start - this.entryStart, end: end - this.entryStart }
      this.bodyStart = -1
      return
    }
    // A key is a string followed by ':' (a string seen where no ':' came before it).
    if (!this.afterColon) this.lastKey = keyOf(this.buf, start + 1, end - 1)
  }

  private open(c: number, at: number): void {
    this.keys[this.depth] = this.afterColon ? this.lastKey : Key.Other
    this.depth++
    this.afterColon = false
    if (this.mode === 'outside' && c === OPEN_ARR && this.keys[this.depth - 1] === Key.Entries) {
      this.flushSkeleton(at + 1)
      this.mode = 'between'
      this.entriesDepth = this.depth
    } else if (this.mode === 'between' && c === OPEN_OBJ && this.depth === this.entriesDepth + 1) {
      this.mode = 'entry'
      this.entryStart = at
      this.body = null
      this.entryLine = this.lines
      this.entryColumn = this.base + at - this.lineStart + 1
    } else if (
      this.mode === 'entry' &&
      this.depth === this.entriesDepth + 3 &&
      this.keys[this.entriesDepth + 1] === Key.Response &&
      this.keys[this.entriesDepth + 2] === Key.Content
    ) {
      this.bodyStart = -3 // inside response.content: watch for the "text" key
    }
    this.lastKey = Key.Other
  }

  private close(at: number): void {
    this.depth--
    this.afterColon = false
    if (this.bodyStart < -1 && this.depth < this.entriesDepth + 3) this.bodyStart = -1
    if (this.mode === 'entry' && this.depth === this.entriesDepth) {
      this.onEntry({
        bytes: this.buf.subarray(this.entryStart, at + 1),
        gap: this.buf.subarray(this.keep, this.entryStart),
        body: this.body,
        ...this.entryPosition(),
      })
      this.entries++
      this.keep = at + 1
      this.mode = 'between'
      this.body = null
      this.bodyStart = -1
    } else if (this.mode === 'between' && this.depth === this.entriesDepth - 1) {
      this.keep = at
      this.mode = 'after'
    }
  }
}
