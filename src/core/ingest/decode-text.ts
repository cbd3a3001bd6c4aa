// Bytes → text: UTF-8 with or without BOM (Fiddler always writes one), and UTF-16 by BOM
// (a PowerShell redirect). Invalid bytes become U+FFFD rather than an error.

export interface Decoded {
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be'
  hadBom: boolean
}

export function decodeText(b: Uint8Array): Decoded {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8', hadBom: true }
  }
  if (b[0] === 0xff && b[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le', hadBom: true }
  }
  if (b[0] === 0xfe && b[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be', hadBom: true }
  }
  const text = new TextDecoder('utf-8').decode(b)
  // TextDecoder keeps a BOM that survived as U+FEFF in some paths; strip it too.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8', hadBom: false }
}
