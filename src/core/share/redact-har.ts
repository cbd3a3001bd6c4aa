// The redacted HAR (PRODUCT.md §7): an allow-list projection of the whole file. Only known HAR
// 1.2 fields and known `_` extensions are written; no `comment`s; headers, parameters and bodies
// by allow-list (redact-headers.ts, redact-values.ts, redact-body.ts). Structure and equalities
// are kept, so analysing the redacted HAR gives the same verdict. A damaged file is redacted as far
// as it could be read, and the result says what was lost.
import type { IngestError, Result } from '../types.ts'
import { readCapture, type Capture } from '../ingest/index.ts'
import { formDecode, getParam, parseQuery } from '../oauth/params.ts'
import { s256Challenge } from '../oauth/sha256.ts'
import { Pseudonyms } from './redact-values.ts'
import { DATE, obj, rawText, redactEntry } from './redact-entry.ts'

export interface RedactedCapture {
  ok: true
  value: string
  /** What could not be carried over (a truncated or damaged file); empty when nothing was lost. */
  lost: string[]
}

/** PKCE pairs are found before anything is replaced, so stand-ins can keep them paired. */
function pairPkce(capture: Capture, p: Pseudonyms): void {
  const challenges = new Set<string>()
  const verifiers: string[] = []
  for (const raw of capture.rawEntries) {
    const req = obj(obj(raw)?.request)
    if (typeof req?.url === 'string') {
      const c = getParam(parseQuery(req.url), 'code_challenge')
      if (c) challenges.add(c)
    }
    const post = obj(req?.postData)
    const text = post ? rawText(post, capture) : null
    // Also inside proxy envelopes (MCP Inspector wraps the token request's form in JSON).
    for (const m of text?.matchAll(/code_verifier=([A-Za-z0-9._~%-]+)/g) ?? []) verifiers.push(formDecode(m[1]!))
  }
  for (const v of verifiers) {
    const c = s256Challenge(v)
    if (challenges.has(c)) p.verifierOf.set(c, v)
  }
}

const creatorName = (c: unknown) => {
  const name = obj(c)?.name
  return typeof name === 'string' && /^[\w .()-]{1,40}$/.test(name) ? name : 'unknown'
}
const creatorVersion = (c: unknown) => {
  const v = obj(c)?.version
  return typeof v === 'string' && /^[\w.+-]{1,30}$/.test(v) ? v : ''
}

/** The capture redacted, as HAR text, and what was lost. Never throws; unreadable input is an error value. */
export function redactCapture(bytes: Uint8Array, name: string): RedactedCapture | { ok: false; error: IngestError } {
  try {
    const read: Result<Capture> = readCapture(bytes, name)
    if (!read.ok) return read
    const capture = read.value
    const p = new Pseudonyms()
    pairPkce(capture, p)
    const entries = capture.rawEntries.map((raw) => redactEntry(raw, capture, p))
    const log = capture.log
    const pages = Array.isArray(log.pages)
      ? log.pages.map((pg, i) => ({
          startedDateTime:
            typeof obj(pg)?.startedDateTime === 'string' && DATE.test(obj(pg)!.startedDateTime as string)
              ? obj(pg)!.startedDateTime
              : '1970-01-01T00:00:00.000Z',
          id: p.of('page', String(obj(pg)?.id ?? i)),
          title: `page ${i + 1}`,
          pageTimings: {},
        }))
      : []
    const out = {
      log: {
        version: '1.2',
        creator: { name: creatorName(log.creator), version: creatorVersion(log.creator) },
        pages,
        entries,
      },
    }
    const lost = capture.problem
      ? [
          `${capture.problem.message} ${entries.length} entries were read ` +
            `and redacted; the rest of the file is not in the redacted HAR.`,
        ]
      : []
    return { ok: true, value: JSON.stringify(out, null, 2), lost }
  } catch (e) {
    return {
      ok: false,
      error: { code: 'not-har', message: `The capture could not be redacted (${String((e as Error)?.message ?? e)}).` },
    }
  }
}
