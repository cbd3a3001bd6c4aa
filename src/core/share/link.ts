// Share links: `#r=<version>.<base64url(deflate-raw(JSON))>` (PRODUCT.md §7). A fragment is
// never sent to a server. Decoding treats the link as hostile: it never throws, caps the
// inflated size (zip bombs), and validates the shape before anything is shown.
import type { Result } from '../types.ts'
import { SHARE_VERSION, type ShareableReport, type SharedReport } from './shared-report.ts'
import { restoreSharedReport } from './restore-shared.ts'
import { base64url, fromBase64url } from '../oauth/base64url.ts'
import { concatBytes } from '../ingest/concat-bytes.ts'

export const SHARE_PARAM = 'r'
export const MAX_LINK_CHARS = 64_000
export const MAX_INFLATED_BYTES = 1_000_000

export type LinkErrorCode = 'no-report' | 'wrong-version' | 'corrupt' | 'too-large' | 'invalid-shape'
export interface LinkError {
  code: LinkErrorCode
  message: string
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  cap: number,
): Promise<Uint8Array | 'too-large'> {
  const writer = stream.writable.getWriter()
  void writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined)
  const reader = stream.readable.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.length
    if (total > cap) {
      await reader.cancel().catch(() => undefined)
      return 'too-large'
    }
    chunks.push(value)
  }
  return concatBytes(chunks)
}

/** The fragment for a report that went through `toShareableReport`. */
export async function encodeShareFragment(report: ShareableReport): Promise<string> {
  // Titles, spec references, fixes and aliases are the catalog's: the opening app restores them
  // by rule ID and ignores them in a link (PRODUCT.md §7), so the link does not carry them.
  const wire = {
    ...report,
    findings: report.findings.map(({ title: _t, spec: _s, aliases: _a, fix: _f, ...rest }) => rest),
  }
  const json = new TextEncoder().encode(JSON.stringify(wire))
  const packed = await pipe(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY)
  return `#${SHARE_PARAM}=${SHARE_VERSION}.${base64url(packed as Uint8Array)}`
}

export function shareLink(base: string, fragment: string): string {
  return `${base.split('#')[0]}${fragment}`
}

const fail = (code: LinkErrorCode, message: string): { ok: false; error: LinkError } => ({
  ok: false,
  error: { code, message },
})

/** Decodes a whole link, a fragment or the bare `1.xxx` payload. Never throws. */
export async function decodeShareLink(input: string): Promise<Result<SharedReport, LinkError>> {
  try {
    if (input.length > MAX_LINK_CHARS)
      return fail(
        'too-large',
        `The link is ${input.length.toLocaleString('en')} characters long; shared ` +
          `reports are at most ${MAX_LINK_CHARS.toLocaleString('en')}.`,
      )
    const hash = input.includes('#') ? input.slice(input.indexOf('#') + 1) : input
    if (/^r%3d/i.test(hash) || /%25|%23/i.test(hash))
      return fail(
        'corrupt',
        'This link was percent-encoded twice on its way (it shows "%3D" or "%25" ' +
          'where plain characters belong): copy the original link again.',
      )
    const raw = new URLSearchParams(hash).get(SHARE_PARAM) ?? (/^\d+\./.test(hash) ? hash : null)
    if (raw === null) return fail('no-report', 'This link has no shared report in it (expected "#r=1.…").')
    const m = /^(\d{1,6})\.([A-Za-z0-9_-]*)$/.exec(raw)
    if (!m)
      return fail(
        'corrupt',
        'The shared report in this link is damaged: it has characters a report ' +
          'link never has (was it encoded twice, or cut by a chat app?).',
      )
    // Strict: "01" or "1.0" is not version 1 (a hand-made link must not pass for one).
    if (m[1] !== String(SHARE_VERSION))
      return fail(
        'wrong-version',
        `This link holds a version ${m[1]} report; this app reads version ${SHARE_VERSION}. ` +
          `Open it with a matching version of mcp-oauth-har.`,
      )
    const bytes = fromBase64url(m[2]!)
    if (!bytes || bytes.length === 0)
      return fail('corrupt', 'The shared report in this link is damaged (not valid base64url).')
    let inflated: Uint8Array | 'too-large'
    try {
      inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES)
    } catch {
      return fail('corrupt', 'The shared report in this link is damaged or cut short: it does not decompress.')
    }
    if (inflated === 'too-large')
      return fail(
        'too-large',
        `The shared report in this link expands to more than ${MAX_INFLATED_BYTES.toLocaleString('en')} ` +
          `bytes; it was refused.`,
      )
    let json: unknown
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated))
    } catch {
      return fail('corrupt', 'The shared report in this link is damaged: its content is not valid JSON.')
    }
    const restored = restoreSharedReport(json)
    return restored.ok
      ? restored
      : fail('invalid-shape', `This link does not hold an mcp-oauth-har report: ${restored.error}.`)
  } catch (e) {
    return fail('corrupt', `The link could not be read (${String((e as Error)?.message ?? e)}).`)
  }
}
