// Bytes → text: UTF-8 with or without BOM (Fiddler always writes one), and UTF-16 by BOM
// (a PowerShell redirect). Invalid bytes become U+FFFD rather than an error.
import { hasUtf8Bom, utf16Bom } from './container.ts'

export interface Decoded {
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be'
  hadBom: boolean
}

export function decodeText(b: Uint8Array): Decoded {
  if (hasUtf8Bom(b)) return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8', hadBom: true }
  const utf16 = utf16Bom(b)
  if (utf16) return { text: new TextDecoder(utf16).decode(b.subarray(2)), encoding: utf16, hadBom: true }
  const text = new TextDecoder('utf-8').decode(b)
  // TextDecoder keeps a BOM that survived as U+FEFF in some paths; strip it too.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8', hadBom: false }
}
