// Values shown as code (CommonMark 0.31 §6.1 code spans). A captured value may itself contain
// backticks; a span fenced with one backtick would then end early and let the rest of the value
// out as Markdown (or as unjudged prose for the shared projection). The fence is therefore one
// backtick longer than the longest run inside, and readers split spans the way CommonMark does.

const RUNS = /`+/g

/** A code span holding `v` literally, on one line: the fence outruns any backtick run inside. */
export function codeSpan(v: string): string {
  const flat = v.replace(/[\r\n]+/g, ' ')
  if (flat === '') return '` `'
  const longest = Math.max(0, ...[...flat.matchAll(RUNS)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  // §6.1: one space is stripped from each side when both are there (unless the span is all spaces),
  // so pad a value that starts or ends with a backtick (it would join the fence) or with spaces.
  const spaced = flat.startsWith(' ') && flat.endsWith(' ') && /[^ ]/.test(flat)
  const pad = flat.startsWith('`') || flat.endsWith('`') || spaced ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

export interface Part {
  /** True for the content of a code span, false for the text between spans. */
  code: boolean
  text: string
}

/** Content of a span as CommonMark reads it: line endings are spaces, one padding space each side goes. */
function spanContent(raw: string): string {
  const flat = raw.replace(/\r\n|\r|\n/g, ' ')
  return /^ .* $/s.test(flat) && /[^ ]/.test(flat) ? flat.slice(1, -1) : flat
}

/**
 * Text split into code spans and the text between them (§6.1): a run of n backticks opens a span
 * that only a run of exactly n backticks closes; a run with no partner is literal text.
 */
export function splitCodeSpans(text: string): Part[] {
  const runs = [...text.matchAll(RUNS)].map((m) => ({ at: m.index, n: m[0].length }))
  const parts: Part[] = []
  let plainFrom = 0
  let i = 0
  while (i < runs.length) {
    const open = runs[i]!
    if (open.at < plainFrom) {
      i++
      continue
    }
    const j = runs.findIndex((r, k) => k > i && r.n === open.n)
    if (j < 0) {
      i++
      continue
    }
    const close = runs[j]!
    if (open.at > plainFrom) parts.push({ code: false, text: text.slice(plainFrom, open.at) })
    parts.push({ code: true, text: spanContent(text.slice(open.at + open.n, close.at)) })
    plainFrom = close.at + close.n
    i = j + 1
  }
  if (plainFrom < text.length) parts.push({ code: false, text: text.slice(plainFrom) })
  return parts
}
