// Entries found by the scanner are parsed in batches: one decode and one JSON.parse per ~1 MB of
// entries instead of one per entry (call overhead dominates for small entries). A large body is
// cut out before parsing and handed over as bytes, decoded only if the body keeper needs it.
// When a batch does not parse, its entries are parsed one by one: only a broken entry is lost,
// located in file coordinates exactly as the whole-file reader locates it.
import type { ScannedEntry } from '../ingest/entry-scanner.ts'
import { locateBrokenEntry } from '../ingest/broken-entry.ts'
import type { BrokenEntry } from '../ingest/capture-messages.ts'

const BATCH_BYTES = 1 << 20
/** Bodies up to this size are parsed with their entry; larger ones are cut out first. */
export const INLINE_BODY_BYTES = 1024
const decoder = new TextDecoder()

export type RawEntry = Record<string, unknown>
/** An entry, the body cut out of it (a JSON string literal, valid during the call only), or why it is broken. */
export type OnEntry = (raw: RawEntry | null, body: Uint8Array | null, broken: Omit<BrokenEntry, 'entry'> | null) => void

interface Slot {
  start: number
  end: number
  line: number
  column: number
  /** Offset of the `""` left where the body was, within the entry, and the body's arena range. */
  cut: { at: number; start: number; end: number } | null
}

export class EntryBatch {
  private buf = new Uint8Array(BATCH_BYTES * 2)
  private len = 0
  /** Cut-out bodies of this batch, back to back in one arena (no allocation per body). */
  private arena = new Uint8Array(BATCH_BYTES * 4)
  private arenaLen = 0
  private slots: Slot[] = []

  constructor(private readonly onEntry: OnEntry) {}

  add(e: ScannedEntry): void {
    const cut = e.body !== null && e.body.end - e.body.start > INLINE_BODY_BYTES ? e.body : null
    const size = e.bytes.length - (cut ? cut.end - cut.start - 2 : 0) + 2
    this.reserve(size)
    this.buf[this.len++] = this.slots.length ? 0x2c : 0x5b // ',' or '['
    const start = this.len
    let slotCut: Slot['cut'] = null
    if (cut) {
      this.buf.set(e.bytes.subarray(0, cut.start), this.len)
      this.len += cut.start
      this.buf[this.len++] = 0x22
      this.buf[this.len++] = 0x22
      this.buf.set(e.bytes.subarray(cut.end), this.len)
      this.len += e.bytes.length - cut.end
      const n = cut.end - cut.start
      if (this.arenaLen + n > this.arena.length) {
        const next = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLen + n))
        next.set(this.arena.subarray(0, this.arenaLen))
        this.arena = next
      }
      this.arena.set(e.bytes.subarray(cut.start, cut.end), this.arenaLen)
      slotCut = { at: cut.start, start: this.arenaLen, end: this.arenaLen + n }
      this.arenaLen += n
    } else {
      this.buf.set(e.bytes, this.len)
      this.len += e.bytes.length
    }
    this.slots.push({ start, end: this.len, line: e.line, column: e.column, cut: slotCut })
    if (this.len >= BATCH_BYTES || this.arenaLen >= BATCH_BYTES * 4) this.flush()
  }

  flush(): void {
    if (!this.slots.length) return
    this.reserve(1)
    this.buf[this.len++] = 0x5d // ']'
    let list: unknown[] | null = null
    try {
      list = JSON.parse(decoder.decode(this.buf.subarray(0, this.len))) as unknown[]
    } catch {
      list = null
    }
    const slots = this.slots
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!
      const raw = list ? (list[i] as RawEntry) : this.parseOne(slot)
      if (raw) this.onEntry(withoutBody(raw, slot.cut), slot.cut ? this.arena.subarray(slot.cut.start, slot.cut.end) : null, null)
      else this.onEntry(null, null, this.locate(slot))
    }
    this.len = 0
    this.slots = []
    this.arenaLen = 0
  }

  private parseOne(slot: Slot): RawEntry | null {
    try {
      const raw = JSON.parse(decoder.decode(this.buf.subarray(slot.start, slot.end))) as RawEntry
      if (slot.cut) JSON.parse(decoder.decode(this.arena.subarray(slot.cut.start, slot.cut.end)))
      return raw
    } catch {
      return null
    }
  }

  private locate(slot: Slot): Omit<BrokenEntry, 'entry'> {
    const bytes = this.buf.subarray(slot.start, slot.end)
    const cut = slot.cut
      ? { at: decoder.decode(bytes.subarray(0, slot.cut.at)).length, chars: decoder.decode(this.arena.subarray(slot.cut.start, slot.cut.end)).length }
      : null
    const { line, column, reason } = locateBrokenEntry(decoder.decode(bytes), 0, slot, cut)
    return { line, column, reason }
  }

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n))
    next.set(this.buf.subarray(0, this.len))
    this.buf = next
  }
}

/** The `""` standing in for a cut body is not the body: the keeper decides what goes there. */
function withoutBody(raw: RawEntry, cut: Slot['cut']): RawEntry {
  if (!cut) return raw
  const content = (raw.response as RawEntry | undefined)?.content as RawEntry | undefined
  if (content) delete content.text
  return raw
}
