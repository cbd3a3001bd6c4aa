// Text → the HAR's `log` object and its raw entries, with errors that say what and where.
import type { IngestError } from '../types.ts'
import { lineColumn, scanValue, skipSpace } from './json-scan.ts'
import { salvageEntries, sniffCreator } from './salvage.ts'
import { brokenEntryProblem, endedInsideEntries, wrappedWarning } from './capture-messages.ts'
import { splitEntries } from './split-entries.ts'

export interface Document {
  log: Record<string, unknown>
  entries: unknown[]
  /** A non-fatal problem: the entries are what could be read before it. */
  problem: IngestError | null
  warnings: string[]
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** `log` at the root, or one level down (mitmproxy's legacy `{"test_response": {"log": …}}`). */
export function locateLog(root: unknown): { log: Record<string, unknown>; wrapped: string | null } | null {
  if (!isObject(root)) return null
  if (isObject(root.log)) return { log: root.log, wrapped: null }
  if (Array.isArray(root.entries)) return { log: root, wrapped: '(root)' }
  for (const [key, value] of Object.entries(root)) {
    if (isObject(value) && isObject(value.log)) return { log: value.log, wrapped: key }
  }
  return null
}

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

function foreignText(text: string): IngestError | null {
  const head = text.slice(0, 400).trimStart()
  if (/^<\?xml[\s\S]*<items\b[^>]*burpVersion/i.test(head) || /^<items\b[^>]*burpVersion/i.test(head)) {
    return {
      code: 'foreign-format',
      message:
        'This is a Burp Suite XML export, not a HAR: export HAR with the Logger++ extension, or capture with a browser or mitmproxy.',
    }
  }
  if (head.startsWith('<')) {
    return {
      code: 'not-har',
      message: 'This file is HTML or XML, not a HAR: save the capture with DevTools → Network → "Export HAR".',
    }
  }
  if (head.startsWith('CHLS')) {
    return {
      code: 'foreign-format',
      message:
        'This is a Charles session (.chls), not a HAR: in Charles choose File → Export Session… → HTTP Archive (.har).',
    }
  }
  return null
}

function notHar(root: unknown): IngestError {
  if (Array.isArray(root) && root.length > 0 && isObject(root[0]) && 'host' in root[0] && 'scheme' in root[0]) {
    return {
      code: 'foreign-format',
      message:
        'This is a Charles JSON session (.chlsj), not a HAR: in Charles choose File → Export Session… → HTTP Archive (.har).',
    }
  }
  const shape = Array.isArray(root)
    ? 'a JSON array'
    : isObject(root)
      ? `a JSON object with keys ${Object.keys(root).slice(0, 5).join(', ') || '(none)'}`
      : `a JSON ${root === null ? 'null' : typeof root}`
  return {
    code: 'not-har',
    message: `This is valid JSON but not a HAR: expected an object with "log" and "log.entries", found ${shape}.`,
  }
}

export function parseDocument(text: string): { ok: true; value: Document } | { ok: false; error: IngestError } {
  if (text.trim() === '') {
    return {
      ok: false,
      error: {
        code: 'empty',
        message: 'The file is empty. Chrome writes an empty file when an export is cancelled: export the HAR again.',
      },
    }
  }
  const foreign = foreignText(text)
  if (foreign) return { ok: false, error: foreign }
  const warnings: string[] = []
  let root: unknown
  try {
    root = JSON.parse(text)
  } catch {
    const start = skipSpace(text, 0)
    const scanned = scanValue(text, start)
    // The scanner is a diagnosis, not a parser: if what it accepts still does not parse, say where it starts.
    const scan =
      scanned.ok && !parses(text.slice(start, scanned.end))
        ? { ok: false as const, at: start, reason: 'not JSON', eof: false }
        : scanned
    if (scan.ok) {
      // A complete value followed by something else: clipboard copies and joined files.
      const where = lineColumn(text, skipSpace(text, scan.end))
      root = JSON.parse(text.slice(start, scan.end))
      warnings.push(`Text after the end of the HAR at line ${where.line}, column ${where.column} was ignored.`)
    } else {
      const where = lineColumn(text, scan.at)
      const salvage = salvageEntries(text)
      if (scan.eof && salvage.found) {
        const n = salvage.entries.length
        return {
          ok: true,
          value: {
            log: { creator: { name: sniffCreator(text) } },
            entries: salvage.entries,
            warnings,
            problem: {
              code: 'truncated',
              message: salvage.endedInside
                ? endedInsideEntries(n)
                : `The file is cut short after the entries (line ${where.line}, column ${where.column}); all ${n} entries were analyzed.`,
              ...where,
            },
          },
        }
      }
      if (!scan.eof) {
        const partial = withoutBrokenEntries(text, warnings)
        if (partial) return { ok: true, value: partial }
      }
      return {
        ok: false,
        error: {
          code: scan.eof ? 'truncated' : 'invalid-json',
          message: `Not valid JSON at line ${where.line}, column ${where.column}: ${scan.reason}.`,
          ...where,
        },
      }
    }
  }
  const located = locateLog(root)
  if (!located) return { ok: false, error: notHar(root) }
  if (located.wrapped && located.wrapped !== '(root)') warnings.push(wrappedWarning(located.wrapped))
  const raw = located.log.entries
  if (!Array.isArray(raw)) {
    return {
      ok: false,
      error: {
        code: 'not-har',
        message: `This looks like a HAR but "log.entries" is ${raw === undefined ? 'missing' : 'not an array'}: there are no requests to analyze.`,
      },
    }
  }
  return { ok: true, value: { log: located.log, entries: raw, problem: null, warnings } }
}

/** A document with broken entries: the other entries, each in its place, read as the streaming
 * reader reads them (same scanner; the creator sniffed when the rest of the document is broken too). */
function withoutBrokenEntries(text: string, warnings: string[]): Document | null {
  const split = splitEntries(text)
  if (!split.broken.length) return null
  let log: Record<string, unknown> = { creator: { name: sniffCreator(split.skeleton) } }
  try {
    const located = locateLog(JSON.parse(split.skeleton))
    log = located?.log ?? {}
    if (located?.wrapped && located.wrapped !== '(root)') warnings.push(wrappedWarning(located.wrapped))
  } catch {
    // The structure around the entries is broken as well: keep the sniffed creator.
  }
  return { log, entries: split.entries, problem: brokenEntryProblem(split.broken[0]!), warnings }
}
