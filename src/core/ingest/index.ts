// Public surface of ingest: bytes of a capture → metadata and raw entries, or an error value.
// Entries are restored one at a time (`restoreEntry`), so a streaming reader can replace
// `readCapture` without touching anything downstream.
import type { CaptureMeta, IngestError, Result } from '../types.ts'
import { attachmentText, openContainer, sniffContainer } from './container.ts'
import { decodeText } from './decode-text.ts'
import { parseDocument } from './parse-har-json.ts'
import type { AttachmentLookup } from './restore-entry.ts'
import { containerWarning, creatorOf } from './capture-messages.ts'

export { restoreEntry, restoreHeaders } from './restore-entry.ts'
export { responseText, responseJson, parseJsonObject, decodeBase64Text } from './body.ts'
export { parseHarDate } from './har-date.ts'

export interface Capture {
  meta: CaptureMeta
  /** The HAR's `log` object as parsed (redaction keeps its structure). */
  log: Record<string, unknown>
  rawEntries: unknown[]
  attachments: AttachmentLookup
  /** Set when only part of the file could be read; the entries are what was read. */
  problem: IngestError | null
}

export function readCapture(bytes: Uint8Array, name: string): Result<Capture> {
  if (bytes.length === 0) {
    return {
      ok: false,
      error: {
        code: 'empty',
        message:
          'The file is empty (0 bytes). Chrome writes an empty file when an export is cancelled: export the HAR again.',
      },
    }
  }
  const opened = openContainer(bytes)
  if (!opened.ok) return opened
  const decoded = decodeText(opened.value.bytes)
  const warnings: string[] = []
  if (opened.value.container !== 'plain') warnings.push(containerWarning(opened.value.container))
  if (decoded.encoding !== 'utf-8') warnings.push(`Decoded as ${decoded.encoding}.`)
  return readCaptureText(decoded.text, name, bytes.length, warnings, opened.value.attachments)
}

/** True when the first bytes say the capture must go through `readCapture` (compressed, zipped or UTF-16). */
export function isBinaryCapture(head: Uint8Array): boolean {
  return sniffContainer(head) !== 'plain'
}

/** A capture already decoded to text (hosts that can decode faster than TextDecoder, e.g. the CLI). */
export function readCaptureText(
  text: string,
  name: string,
  bytes: number,
  warnings: string[] = [],
  attachments: Record<string, Uint8Array> = {},
): Result<Capture> {
  const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  if (!doc.ok) return doc
  const creator = creatorOf(doc.value.log)
  warnings = [...doc.value.warnings, ...warnings]
  return {
    ok: true,
    value: {
      meta: {
        name,
        bytes,
        exporter: creator.name,
        creator: creator.label,
        entries: doc.value.entries.length,
        warnings,
      },
      log: doc.value.log,
      rawEntries: doc.value.entries,
      attachments: (file) => attachmentText(attachments, file),
      problem: doc.value.problem,
    },
  }
}
