// Text from a link is data written by a stranger (PRODUCT.md §7): invisible and bidi control
// characters are removed (they reorder what a reader sees, CVE-2021-42574 "Trojan Source"), and
// every host is shown in punycode (RFC 3492), so a homoglyph host cannot pass for a familiar one.

/** Bidi embeddings/overrides/isolates, marks, zero-width characters, word joiners, BOM. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g
const URL_HOST = /([a-z][a-z0-9+.-]*:\/\/(?:[^/?#@\s]*@)?)([^/?#:\s`"'<>)]+)/gi
const UNICODE_DOMAIN = /(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?![\p{L}\p{N}-])/gu

function toAscii(host: string): string {
  if (/^[\x00-\x7f]*$/.test(host)) return host
  try {
    return new URL(`http://${host}`).hostname
  } catch {
    return host.replace(/[^\x00-\x7f]/g, '?')
  }
}

export function cleanLinkText(s: string): string {
  const visible = s.replace(INVISIBLE, '')
  if (/^[\x00-\x7f]*$/.test(visible)) return visible
  return visible
    .replace(URL_HOST, (_all, pre: string, host: string) => `${pre}${toAscii(host)}`)
    .replace(UNICODE_DOMAIN, (d) => (/[^\x00-\x7f]/.test(d) ? toAscii(d) : d))
}
