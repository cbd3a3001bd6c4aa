// What both readers (whole-file and streaming) say about a capture: its creator label and the
// messages for a file cut short or an entry that is not JSON. One module, so the two paths
// cannot drift apart (issue #14).
import type { IngestError } from '../types.ts'

export function creatorOf(log: Record<string, unknown>): { name: string | null; label: string | null } {
  const c = log.creator
  if (typeof c !== 'object' || c === null) return { name: null, label: null }
  const name =
    typeof (c as Record<string, unknown>).name === 'string' ? ((c as Record<string, unknown>).name as string) : null
  const version = (c as Record<string, unknown>).version
  return { name, label: name ? `${name}${typeof version === 'string' && version ? ' ' + version : ''}` : null }
}

/** The file ended inside `log.entries`, after `n` complete entries. */
export function endedInsideEntries(n: number): string {
  const analyzed = `${n} complete entr${n === 1 ? 'y was' : 'ies were'} analyzed (entries 0–${Math.max(0, n - 1)})`
  return `The file ends inside entry ${n}: ${analyzed}. Export the capture again to see the rest.`
}

export function containerWarning(container: 'gzip' | 'zlib' | 'zip'): string {
  return `Read from a ${container} container.`
}

/** A gzip or zlib stream that stops early; `analyzed` is how many entries were read before. */
export function decompressFailed(container: 'gzip' | 'zlib', e: unknown, analyzed: number | null): string {
  const why = String((e as Error)?.message ?? e)
  const read =
    analyzed === null ? 'it may be cut short' : `${analyzed} entr${analyzed === 1 ? 'y was' : 'ies were'} analyzed`
  return `The file looks ${container}-compressed but could not be decompressed to the end (${why}): ${read}. Export or download it again.`
}

export function wrappedWarning(key: string): string {
  return `The HAR was wrapped in "${key}"; read from there.`
}

export interface BrokenEntry {
  entry: number
  line: number
  column: number
  reason: string
}

/** One entry is not JSON: it is left out, the others are analyzed (both paths, same words). */
export function brokenEntryProblem(b: BrokenEntry): IngestError {
  return {
    code: 'invalid-json',
    message: `Entry ${b.entry} is not valid JSON at line ${b.line}, column ${b.column} (${b.reason}): that entry was left out and the others were analyzed. Export the capture again to see it.`,
    line: b.line,
    column: b.column,
    entry: b.entry,
  }
}
