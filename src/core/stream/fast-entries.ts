// The fast half of the streaming reader: once the byte scanner has learned how this exporter lays
// out its entries (entry-shape.ts), the rest of the entries are found with native string search on
// decoded text (one `indexOf` per entry instead of a JavaScript step per byte), large response
// bodies are cut out the same way, and entries are handed on in batches whose JSON.parse checks
// every guess: a batch that does not parse, or a body marker that is not where it was put, sends
// the whole file back to the byte scanner (see `RestartExact`). The reader stops where the entries
// stop looking like the learned shape (the array's end, or an exporter that changes its layout) and
// gives back the text from there for the byte scanner to go on with.
import type { EntryShape } from './entry-shape.ts'
import { INLINE_BODY_BYTES } from './entry-batch.ts'
import { CUT_MARKER, type FastBatch } from './fast-batch.ts'

const decoder = new TextDecoder()
const BATCH_CHARS = 1 << 20
/** An entry longer than this without a separator is left to the byte scanner (bounded memory). */
const MAX_PENDING_CHARS = 64 << 20
/** When cut-out bodies are most of the text, the byte scanner is faster: it jumps over a body
 * without decoding it, where this reader must decode and search it (measured: 72 % of the text in
 * bodies still favours this reader by ~10 %, 96 % favours the scanner by ~15 %). Checked each time
 * this much more text has been read. */
const BODY_SHARE_FOR_SCANNER = 0.8
const SHARE_CHECKED_EVERY = 4 << 20

export class FastEntryReader {
  /** Decoded text not handed out yet; `text[0]` is the `}` that closed the last entry handed out. */
  private text = '}'
  private searchFrom = 1
  /** The last bytes of a chunk that end inside a UTF-8 sequence, decoded with the next chunk. */
  private carry: Uint8Array = new Uint8Array(0)
  private pieces: string[] = ['[']
  private bodies: string[] = []
  private count = 0
  private chars = 0
  private readChars = 0
  private bodyChars = 0
  private nextShareCheck = SHARE_CHECKED_EVERY
  entries = 0

  constructor(
    private readonly shape: EntryShape,
    private readonly onBatch: (b: FastBatch) => void,
  ) {}

  /** False when the entries stopped matching the shape: `rest()` is then the byte scanner's. */
  push(bytes: Uint8Array): boolean {
    let all = bytes
    if (this.carry.length) {
      all = new Uint8Array(this.carry.length + bytes.length)
      all.set(this.carry)
      all.set(bytes, this.carry.length)
    }
    const whole = completeUtf8(all)
    this.carry = all.slice(whole)
    this.text += decoder.decode(all.subarray(0, whole))
    return this.consume(false)
  }

  /** Flushes the last batch; the text after the last entry handed out (without its `}`), as bytes. */
  rest(): Uint8Array {
    this.consume(true)
    this.flush()
    const tail = new TextEncoder().encode(this.text.slice(1))
    const out = new Uint8Array(tail.length + this.carry.length)
    out.set(tail)
    out.set(this.carry, tail.length)
    return out
  }

  private consume(final: boolean): boolean {
    const { sep, brace } = this.shape
    const text = this.text
    let at = 0
    let matching = true
    for (;;) {
      if (text.length - at < sep.length && !final) break
      if (!text.startsWith(sep, at)) {
        matching = false
        break
      }
      const open = at + brace
      const close = text.indexOf(sep, Math.max(open + 1, this.searchFrom))
      if (close < 0) {
        this.searchFrom = Math.max(open + 1, text.length - sep.length + 1)
        matching = !final && text.length - open < MAX_PENDING_CHARS
        break
      }
      this.add(text, open, close)
      at = close
      this.searchFrom = 0
      if (this.readChars >= this.nextShareCheck) {
        this.nextShareCheck += SHARE_CHECKED_EVERY
        if (this.bodyChars > BODY_SHARE_FOR_SCANNER * this.readChars) {
          matching = false
          break
        }
      }
    }
    if (at > 0) {
      this.text = text.slice(at)
      this.searchFrom = Math.max(1, this.searchFrom - at)
    }
    if (!matching) this.flush()
    return matching
  }

  /** The entry `text[open..close]`, its large response body replaced by a marker. */
  private add(text: string, open: number, close: number): void {
    if (this.count) this.pieces.push(text.slice(open - this.shape.brace + 1, open)) // the gap, as written
    const body = bodyRange(text, open, close, this.shape)
    if (body) {
      this.pieces.push(text.slice(open, body.start), CUT_MARKER, text.slice(body.end, close + 1))
      this.bodies.push(text.slice(body.start, body.end))
      this.bodyChars += body.end - body.start
    } else this.pieces.push(text.slice(open, close + 1))
    this.count++
    this.entries++
    this.chars += close + 1 - open
    this.readChars += close + 1 - open
    if (this.chars >= BATCH_CHARS) this.flush()
  }

  private flush(): void {
    if (!this.count) return
    this.pieces.push(']')
    // One join, one copy: the text JSON.parse reads is flat.
    const batch = { text: this.pieces.join(''), bodies: this.bodies }
    this.pieces = ['[']
    this.bodies = []
    this.count = 0
    this.chars = 0
    this.onBatch(batch)
  }
}

/** The response body's string literal (quotes included) when it is too large to parse inline. The
 * response comes after the request, so its body key is the entry's last (a request body's comes
 * before the response key and is refused). */
function bodyRange(
  text: string,
  open: number,
  close: number,
  shape: EntryShape,
): { start: number; end: number } | null {
  const key = text.lastIndexOf(shape.bodyKey, close)
  if (key < open || text.lastIndexOf(shape.responseKey, key) < open) return null
  const start = key + shape.bodyKey.length - 1
  // A character is at most 3 UTF-8 bytes (a surrogate pair 4 for 2): shorter text cannot be too large.
  if ((close - start) * 3 <= INLINE_BODY_BYTES) return null
  const end = literalEnd(text, start, close)
  if (end < 0 || end >= close || !overInline(text, start, end + 1)) return null
  return { start, end: end + 1 }
}

/** The closing quote of the literal opening at `start`: a plain loop while it may still be short
 * (cheaper than a native call per escaped quote), native search from there on. */
function literalEnd(text: string, start: number, close: number): number {
  const short = Math.min(close, start + INLINE_BODY_BYTES + 2)
  let i = start + 1
  for (; i < short; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x5c) i++
    else if (c === 0x22) return i
  }
  let end = text.indexOf('"', i)
  while (end > 0 && end < close && escaped(text, end)) end = text.indexOf('"', end + 1)
  return end
}

/** The byte scanner cuts bodies by their UTF-8 size: the same bodies are cut here. */
function overInline(text: string, start: number, end: number): boolean {
  const chars = end - start
  if (chars > INLINE_BODY_BYTES || chars * 3 <= INLINE_BODY_BYTES) return chars > INLINE_BODY_BYTES
  let bytes = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3
  }
  return bytes > INLINE_BODY_BYTES
}

/** An odd number of backslashes before `at` escapes the quote there. */
function escaped(text: string, at: number): boolean {
  let n = 0
  while (text.charCodeAt(at - 1 - n) === 0x5c) n++
  return n % 2 === 1
}

/** How many leading bytes of `b` end on a UTF-8 character boundary. */
function completeUtf8(b: Uint8Array): number {
  let i = b.length - 1
  let back = 0
  while (i >= 0 && back < 3 && (b[i]! & 0xc0) === 0x80) {
    i--
    back++
  }
  if (i < 0) return b.length
  const lead = b[i]!
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return need > b.length - i ? i : b.length
}
