// Observed or not: text under "Suggested fix", "Expected", "Workaround" headings, examples after
// "e.g." or "for example", what something "should" return or "expects", what comes after
// "instead of", and quoted specification text (MUST / SHOULD) say what ought to be, not what
// happened. Claims found there never become failing evidence.
import type { Normalized } from './normalize.ts'

const NOT_OBSERVED_HEADING = new RegExp(
  String.raw`\b(suggest\w*|expected|expectations?|expect|should|proposed|proposals?|possible fix(es)?|fix(e` +
    String.raw`s)?|how to fix|solutions?|workarounds?|recommend\w*|alternatives?|to remove|desired|ideal)\b`,
  'i',
)
const OBSERVED_HEADING = new RegExp(
  String.raw`\b(actual|observed|what happen\w*|logs?|output|error|steps|reproduc\w*|root cause|summary|desc` +
    String.raw`ription|problem|bug|environment|details|response|request)\b`,
  'i',
)
/** A cue inside a sentence: the rest of the clause says what is wanted or an example. */
const CUE = new RegExp(
  String.raw`\b(e\.g\.?|for example|for instance|such as|should (?:be|return|include|contain|send|use|get|h` +
    String.raw`ave|match|say)|instead of|rather than|expects?|expecting|would (?:be|return|include)|ideally|p` +
    String.raw`er spec|recommends?|needs? to|has to|have to|ought to)\b`,
  'gi',
)
/** A line introducing a code block that is a suggestion ("e.g.:", "add this:", "should return:"). */
const INTRO = new RegExp(
  String.raw`(e\.g\.?|for example|like this|such as|should|suggest\w*|instead|proposed|we could|you can|\ba` +
    String.raw`dd\b|ensures?|expected)[^\n]*:\s*$`,
  'i',
)
const SPEC_QUOTE = /\b(MUST|SHOULD|REQUIRED|RECOMMENDED)\b/

interface Line {
  from: number
  to: number
  text: string
}

function linesOf(text: string): Line[] {
  const out: Line[] = []
  let from = 0
  for (const text_ of text.split('\n')) {
    out.push({ from, to: from + text_.length, text: text_ })
    from += text_.length + 1
  }
  return out
}

function headingText(line: string, prevBlank: boolean): string | null {
  const t = line.trim()
  const md = /^#{1,6}\s+(.+)$/.exec(t)
  if (md) return md[1]!
  if (!prevBlank || t.length > 60 || t.length < 3 || /[.,;]$/.test(t) || /^[`{[(<"'/$-]/.test(t)) return null
  return /^[A-Z][^`{}=]*:?$/.test(t) && t.split(/\s+/).length <= 7 ? t : null
}

/** Sentences of a line that end in a question mark (one pass: a long line must stay linear). */
function questions(line: Line): [number, number][] {
  const out: [number, number][] = []
  let start = 0
  for (let k = 0; k < line.text.length; k++) {
    const ch = line.text[k]!
    const end = k + 1 >= line.text.length || /\s/.test(line.text[k + 1]!)
    if ((ch === '.' || ch === '!') && end) start = k + 1
    else if (ch === '?' && end) {
      if (line.text.slice(start, k).trim()) out.push([line.from + start, line.from + k + 1])
      start = k + 1
    }
  }
  return out
}

/** Ranges of the normalized text that are not observations. */
export function unobservedRanges(n: Normalized): [number, number][] {
  const ranges: [number, number][] = []
  const lines = linesOf(n.text)
  const quoted = new Set(n.quoted ?? [])
  let inFence = false
  let section: number | null = null // start of a not-observed section
  let introBlock: number | null = null // start of a suggested code block
  let introContent = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const fence = /^\s*(```|~~~)/.test(line.text)
    if (fence) {
      if (inFence && introBlock !== null) {
        ranges.push([introBlock, line.to])
        introBlock = null
      }
      inFence = !inFence
      continue
    }
    if (inFence) continue
    const heading = headingText(line.text, i === 0 || !lines[i - 1]!.text.trim())
    if (heading) {
      if (section !== null) ranges.push([section, line.from])
      section = NOT_OBSERVED_HEADING.test(heading) && !/\bactual\b/i.test(heading) ? line.from : null
      if (section === null && !OBSERVED_HEADING.test(heading)) section = null
      continue
    }
    if (INTRO.test(line.text)) {
      introBlock = line.from
      introContent = false
    } else if (introBlock !== null && line.text.trim()) introContent = true
    else if (introBlock !== null && introContent) {
      ranges.push([introBlock, line.from])
      introBlock = null
    }
    if (quoted.has(line.from) && SPEC_QUOTE.test(line.text)) ranges.push([line.from, line.to])
    // A question asks, it does not report: "Does Cursor not send resource?"
    if (line.text.includes('?')) ranges.push(...questions(line))
    for (const m of line.text.matchAll(CUE)) {
      const at = line.from + m.index!
      const rest = n.text.slice(at)
      const open = n.text.lastIndexOf('(', at) > n.text.lastIndexOf(')', at) && n.text.lastIndexOf('(', at) >= line.from
      const end = open ? rest.indexOf(')') : rest.search(/[.!?](\s|$)|\n\s*\n|;/)
      ranges.push([at, end < 0 ? line.to : at + end])
    }
  }
  if (section !== null) ranges.push([section, n.text.length])
  if (introBlock !== null) ranges.push([introBlock, n.text.length])
  return ranges
}

/** Sorted, merged ranges, so each claim is placed with a binary search. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = []
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1]
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

export function observedAt(merged: readonly [number, number][], from: number, to: number): boolean {
  let lo = 0
  let hi = merged.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [a, b] = merged[mid]!
    if (from < a) hi = mid - 1
    else if (from > b + 1) lo = mid + 1
    else return !(to <= b + 1)
  }
  return true
}
