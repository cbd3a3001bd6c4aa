// The byte values the HAR entry scanner tests for, so it can walk JSON without decoding it.

export const QUOTE = 0x22
export const BACKSLASH = 0x5c
export const COLON = 0x3a
export const COMMA = 0x2c
export const OPEN_OBJ = 0x7b
export const CLOSE_OBJ = 0x7d
export const OPEN_ARR = 0x5b
export const CLOSE_ARR = 0x5d
export const NEWLINE = 0x0a

/** The parts one after another, in one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0
  for (const p of parts) total += p.length
  const out = new Uint8Array(total)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
