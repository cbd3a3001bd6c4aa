// Entries found by the scanner are parsed in batches: one decode and one JSON.parse per ~1 MB of
// entries instead of one per entry (call overhead dominates for small entries). A large body is
// cut out before parsing and handed over as bytes, decoded only if the body keeper needs it.
// Packing (next to the scanner) and reading (next to the analysis) are separate steps.
// When a batch does not parse, its entries are parsed one by one: only a broken entry is lost,
// located in file coordinates exactly as the whole-file reader locates it.
import type { ScannedEntry } from '../ingest/scanned-entry.ts'
import { locateBrokenEntry } from '../ingest/broken-entry.ts'
import type { BrokenEntry } from '../ingest/capture-messages.ts'
import { RestartExact } from './fast-batch.ts'

const BATCH_BYTES = 1 << 20
/** Bodies up to this size are parsed with their entry; larger ones are cut out first. */
export const INLINE_BODY_BYTES = 1024
const decoder = new TextDecoder()

export type RawEntry = Record<string, unknown>
/** An entry, the body cut out of it (a JSON string literal, bytes valid during the call only), or why it is broken. */
export type OnEntry = (
  raw: RawEntry | null,
  body: Uint8Array | string | null,
  broken: Omit<BrokenEntry, 'entry'> | null,
  /** Where the entry stops being JSON, for a cut body that turns out not to decode. */
  locateInBody: () => Omit<BrokenEntry, 'entry'>,
) => void

export interface Slot {
  start: number
  end: number
  line: number
  column: number
  /** Offset of the `""` left where the body was, within the entry, and the body's arena range. */
  cut: { at: number; start: number; end: number } | null
}

/** `[entry,entry,…]` as UTF-8 with large bodies cut out, the bodies back to back, and where each is. */
export interface PackedBatch {
  text: Uint8Array
  arena: Uint8Array
  slots: Slot[]
}

export class BatchPacker {
  private buf = new Uint8Array(BATCH_BYTES * 2)
  private len = 0
  /** Cut-out bodies of this batch, back to back in one arena (no allocation per body). */
  private arena = new Uint8Array(BATCH_BYTES * 4)
  private arenaLen = 0
  private slots: Slot[] = []

  /** A batch is a view valid during the `onBatch` call only: the buffers are reused. */
  constructor(private readonly onBatch: (batch: PackedBatch) => void) {}

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

  /** Hands over what is packed. */
  flush(): void {
    if (!this.slots.length) return
    this.reserve(1)
    this.buf[this.len++] = 0x5d // ']'
    const batch = {
      text: this.buf.subarray(0, this.len),
      arena: this.arena.subarray(0, this.arenaLen),
      slots: this.slots,
    }
    this.len = 0
    this.slots = []
    this.arenaLen = 0
    this.onBatch(batch)
  }

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n))
    next.set(this.buf.subarray(0, this.len))
    this.buf = next
  }
}

/** Parses a packed batch and calls `onEntry` for each entry, in order. */
export function readBatch(batch: PackedBatch, onEntry: OnEntry): void {
  let list: unknown[] | null = null
  try {
    list = JSON.parse(decoder.decode(batch.text)) as unknown[]
  } catch {
    list = null
  }
  for (let i = 0; i < batch.slots.length; i++) {
    const slot = batch.slots[i]!
    const raw = list ? (list[i] as RawEntry) : parseOne(batch, slot)
    if (raw)
      onEntry(
        withoutBody(raw, slot.cut),
        slot.cut ? batch.arena.subarray(slot.cut.start, slot.cut.end) : null,
        null,
        () => locateWhole(batch, slot),
      )
    else onEntry(null, null, locate(batch, slot), () => locate(batch, slot))
  }
}

function parseOne(batch: PackedBatch, slot: Slot): RawEntry | null {
  try {
    const raw = JSON.parse(decoder.decode(batch.text.subarray(slot.start, slot.end))) as RawEntry
    if (slot.cut) JSON.parse(decoder.decode(batch.arena.subarray(slot.cut.start, slot.cut.end)))
    return raw
  } catch {
    return null
  }
}

function locate(batch: PackedBatch, slot: Slot): Omit<BrokenEntry, 'entry'> {
  if (slot.line < 0) throw new RestartExact('a broken entry after the fast reader has no line number')
  const bytes = batch.text.subarray(slot.start, slot.end)
  const cut = slot.cut
    ? {
        at: decoder.decode(bytes.subarray(0, slot.cut.at)).length,
        chars: decoder.decode(batch.arena.subarray(slot.cut.start, slot.cut.end)).length,
      }
    : null
  const { line, column, reason } = locateBrokenEntry(decoder.decode(bytes), 0, slot, cut)
  return { line, column, reason }
}

/** The entry with its body put back, located as the whole-file reader locates it. */
function locateWhole(batch: PackedBatch, slot: Slot): Omit<BrokenEntry, 'entry'> {
  const text = batch.text.subarray(slot.start, slot.end)
  if (!slot.cut || slot.line < 0) return locate(batch, slot)
  const before = decoder.decode(text.subarray(0, slot.cut.at))
  const body = decoder.decode(batch.arena.subarray(slot.cut.start, slot.cut.end))
  const after = decoder.decode(text.subarray(slot.cut.at + 2))
  const { line, column, reason } = locateBrokenEntry(before + body + after, 0, slot)
  return { line, column, reason }
}

/** The `""` standing in for a cut body is not the body: the keeper decides what goes there. */
function withoutBody(raw: RawEntry, cut: Slot['cut']): RawEntry {
  if (!cut) return raw
  const content = (raw.response as RawEntry | undefined)?.content as RawEntry | undefined
  if (content) delete content.text
  return raw
}
