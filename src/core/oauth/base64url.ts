// base64url without padding (RFC 4648 §5), as JWTs (RFC 7515 §2), PKCE challenges (RFC 7636 §4.2)
// and share links use it: the one encoder and decoder of the core.

/** Bytes to unpadded base64url; in 32 kB chunks, so a long share link never overflows the
 * argument list of `String.fromCharCode`. */
export function base64url(bytes: Uint8Array): string {
  let bin = ''
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** A value as JSON in unpadded base64url, as a JWT's header and payload are written. */
export const base64urlJson = (value: unknown): string => base64url(new TextEncoder().encode(JSON.stringify(value)))

/** Unpadded base64url to bytes, or null when it is not unpadded base64url. */
export function fromBase64url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4))
    const out = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
    return out
  } catch {
    return null
  }
}
