// Opens the byte-level containers a capture arrives in (har-format.md §1.4.1): plain text,
// gzip (.har.gz), zlib (mitmproxy .zhar) and zip (Playwright recordHar archives). Detection is
// by magic bytes, never by file name.
import { gunzipSync, unzlibSync, unzipSync, strFromU8 } from 'fflate'
import type { IngestError } from '../types.ts'
import { decompressFailed } from './capture-messages.ts'

export interface Opened {
  bytes: Uint8Array
  container: 'plain' | 'gzip' | 'zlib' | 'zip'
  /** Files beside the HAR inside a Playwright zip, by name (resolves `_file` references). */
  attachments: Record<string, Uint8Array>
}

const ZLIB_SECOND_BYTES = new Set([0x01, 0x5e, 0x9c, 0xda])

export function isGzip(b: Uint8Array): boolean {
  return b[0] === 0x1f && b[1] === 0x8b
}
export function isZlib(b: Uint8Array): boolean {
  return b[0] === 0x78 && ZLIB_SECOND_BYTES.has(b[1] ?? -1)
}
export function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04
}

/** UTF-16 by byte-order mark (a PowerShell redirect); UTF-8's BOM is skipped where text starts. */
export function utf16Bom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le'
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be'
  return null
}

export const hasUtf8Bom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf

/** What the first bytes say about how to read the rest. */
export function sniffContainer(head: Uint8Array): 'gzip' | 'zlib' | 'zip' | 'utf-16' | 'plain' {
  if (isGzip(head)) return 'gzip'
  if (isZlib(head)) return 'zlib'
  if (isZip(head)) return 'zip'
  return utf16Bom(head) ? 'utf-16' : 'plain'
}

/** The streaming reader's decompressor (native, chunk by chunk) for the same two formats. */
export function decompressChunks(
  first: Uint8Array,
  rest: AsyncIterable<Uint8Array>,
  container: 'gzip' | 'zlib',
): ReadableStream<Uint8Array> {
  const stream = new DecompressionStream(container === 'gzip' ? 'gzip' : 'deflate')
  const writer = stream.writable.getWriter()
  void (async () => {
    try {
      await writer.write(first as Uint8Array<ArrayBuffer>)
      for await (const c of rest) await writer.write(c as Uint8Array<ArrayBuffer>)
      await writer.close()
    } catch (e) {
      await writer.abort(e).catch(() => undefined)
    }
  })()
  return stream.readable as ReadableStream<Uint8Array>
}

export function openContainer(bytes: Uint8Array): { ok: true; value: Opened } | { ok: false; error: IngestError } {
  try {
    if (isGzip(bytes)) return { ok: true, value: { bytes: gunzipSync(bytes), container: 'gzip', attachments: {} } }
    if (isZlib(bytes)) return { ok: true, value: { bytes: unzlibSync(bytes), container: 'zlib', attachments: {} } }
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'decompress-failed',
        message: decompressFailed(isGzip(bytes) ? 'gzip' : 'zlib', e, null),
      },
    }
  }
  if (isZip(bytes)) return openZip(bytes)
  return { ok: true, value: { bytes, container: 'plain', attachments: {} } }
}

function openZip(bytes: Uint8Array): { ok: true; value: Opened } | { ok: false; error: IngestError } {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes)
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'decompress-failed',
        message: `The file is a zip archive that could not be read (${String((e as Error).message ?? e)}).`,
      },
    }
  }
  const names = Object.keys(files)
  if (names.some((n) => n.startsWith('raw/')) && names.some((n) => /_c\.txt$/.test(n))) {
    return {
      ok: false,
      error: {
        code: 'foreign-format',
        message:
          'This is a Fiddler SAZ archive, not a HAR: in Fiddler choose File → Export Sessions → All Sessions → HTTPArchive v1.2, then open the .har file.',
      },
    }
  }
  if (names.some((n) => /^\d+\.xml$/i.test(n.split('/').pop() ?? ''))) {
    return {
      ok: false,
      error: {
        code: 'foreign-format',
        message:
          'This is a Charles session archive (.chlsx), not a HAR: in Charles choose File → Export Session… → HTTP Archive (.har).',
      },
    }
  }
  // Playwright's reader takes `har.har`, otherwise the first `*.har` entry.
  const harName = names.find((n) => n === 'har.har') ?? names.find((n) => n.toLowerCase().endsWith('.har'))
  if (!harName) {
    return {
      ok: false,
      error: {
        code: 'zip-without-har',
        message: `This zip archive holds no .har file (it has ${names.length} file${names.length === 1 ? '' : 's'}${names.length ? ', e.g. ' + names.slice(0, 3).join(', ') : ''}). Open the .har file itself, or a Playwright recordHar .zip.`,
      },
    }
  }
  const attachments: Record<string, Uint8Array> = {}
  for (const n of names) if (n !== harName) attachments[n] = files[n] as Uint8Array
  return { ok: true, value: { bytes: files[harName] as Uint8Array, container: 'zip', attachments } }
}

/** Text of an attachment for `_file` references; undefined when it is not in the archive. */
export function attachmentText(attachments: Record<string, Uint8Array>, name: string): string | undefined {
  const b = attachments[name]
  return b ? strFromU8(b) : undefined
}
