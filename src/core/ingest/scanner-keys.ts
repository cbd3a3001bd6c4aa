// The object keys the HAR entry scanner recognises on its way to each entry's response body.

/** The only keys the scanner needs to recognise, compared byte by byte (no decoding). */
export const enum Key {
  Other,
  Entries,
  Response,
  Content,
  Text,
}
const KEYS: [Key, Uint8Array][] = [
  [Key.Entries, new TextEncoder().encode('entries')],
  [Key.Response, new TextEncoder().encode('response')],
  [Key.Content, new TextEncoder().encode('content')],
  [Key.Text, new TextEncoder().encode('text')],
]

export function keyOf(b: Uint8Array, start: number, end: number): Key {
  const n = end - start
  if (n > 8 || n < 4) return Key.Other
  outer: for (const [key, bytes] of KEYS) {
    if (bytes.length !== n) continue
    for (let i = 0; i < n; i++) if (b[start + i] !== bytes[i]) continue outer
    return key
  }
  return Key.Other
}
