// Entries found by the scanner are parsed in batches: one decode and one JSON.parse per ~1 MB of
// entries instead of one per entry (call overhead dominates for small entries). A large body is
// cut out before parsing and kept aside as bytes, decoded only if a rule needs it.
import type { ScannedEntry } from './entry-scanner.ts'
import { mustKeepBody } from './keep-body.ts'

const BATCH_BYTES = 1 << 20
/** Bodies up to this size are parsed with their entry; larger ones are cut out first. */
export const INLINE_BODY_BYTES = 1024
const decoder = new TextDecoder()

export type RawEntry = Record<string, unknown>

export class EntryBatch {
  private buf = new Uint8Array(BATCH_BYTES * 2)
  private len = 0
  /** Cut-out bodies of this batch, back to back in one arena (no allocation per body). */
  private arena = new Uint8Array(BATCH_BYTES * 4)
  private arenaLen = 0
  private bodies: ({ start: number; end: number } | null)[] = []

  constructor(private readonly onRaw: (raw: RawEntry | null) => void) {}

  add(e: ScannedEntry): void {
    const cut = e.body !== null && e.body.end - e.body.start > INLINE_BODY_BYTES ? e.body : null
    const size = e.bytes.length - (cut ? cut.end - cut.start - 2 : 0) + 2
    this.reserve(size)
    this.buf[this.len++] = this.bodies.length ? 0x2c : 0x5b // ',' or '['
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
      this.bodies.push({ start: this.arenaLen, end: this.arenaLen + n })
      this.arenaLen += n
    } else {
      this.buf.set(e.bytes, this.len)
      this.len += e.bytes.length
      this.bodies.push(null)
    }
    if (this.len >= BATCH_BYTES || this.arenaLen >= BATCH_BYTES * 4) this.flush()
  }

  flush(): void {
    if (!this.bodies.length) return
    this.reserve(1)
    this.buf[this.len++] = 0x5d // ']'
    let list: unknown[] | null = null
    try {
      list = JSON.parse(decoder.decode(this.buf.subarray(0, this.len))) as unknown[]
    } catch {
      list = null
    }
    const bodies = this.bodies
    this.len = 0
    this.bodies = []
    if (list) for (let i = 0; i < list.length; i++) this.onRaw(withBody(list[i] as RawEntry, bodies[i] ? this.arena.subarray(bodies[i]!.start, bodies[i]!.end) : null))
    else this.onRaw(null)
    this.arenaLen = 0
  }

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n))
    next.set(this.buf.subarray(0, this.len))
    this.buf = next
  }
}

function withBody(raw: RawEntry, body: Uint8Array | null): RawEntry {
  if (!body) return raw
  const content = (raw.response as RawEntry | undefined)?.content as RawEntry | undefined
  if (!content) return raw
  if (mustKeepBody(raw, body.length)) content.text = JSON.parse(decoder.decode(body))
  else {
    delete content.text
    content._skippedBytes = body.length - 2
  }
  return raw
}
