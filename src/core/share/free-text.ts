// Free text taken from a capture (PRODUCT.md §7): shared only when every part of it is known to
// be safe — words of the rule vocabulary, OAuth error codes, catalogued phrases, small numbers and
// values the projection shows anyway. A text with any unknown part is withheld as a whole and
// only its length is said. This is the first line; `scrub.ts` stays as the second.
import { ERROR_CODES, knownErrorCodes, safeWords } from './vocabulary.ts'
import { codeSpan, splitCodeSpans } from '../scrub/code-span.ts'

const TOKEN = /[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*|\d+|\s+|./gsu
const PROSE_PUNCT = new Set([...'.,:;!?()[]\'"-/…–—’‘“”'])
/** Inside a backticked value (parameter names, `key=value`, scopes) a few more marks occur. */
const VALUE_PUNCT = new Set([...PROSE_PUNCT, '=', '_', '*', '#', '[', ']', '<', '>', '+', '|'])
/** A URL is shared with its path ids replaced and its query values and fragment dropped (path-ids.ts). */
const ONE_URL = /^[a-z][a-z0-9+.-]*:\/\/[^\s`]+$/i
const MAX_NUMBERS = 2

export interface Recognise {
  /** Values the shared report shows anyway (resource URLs, issuers, client ids, aud values). */
  known: ReadonlySet<string>
  /** Backticked values may use `=`, `_`, `*`, `#`, `[]`. */
  value?: boolean
}

function withoutKnown(text: string, known: ReadonlySet<string>): string {
  let out = text
  for (const v of [...known].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length)) {
    if (out.includes(v)) out = out.split(v).join(' ')
  }
  return out
}

/** True when every part of `text` is recognised as safe to share. */
export function isRecognised(text: string, opts: Recognise): boolean {
  const words = safeWords()
  const punct = opts.value ? VALUE_PUNCT : PROSE_PUNCT
  const codes = new Set(knownErrorCodes(text))
  let numbers = 0
  const rest = withoutKnown(text, opts.known)
  // A URL is shared only when the projection shows it anyway; any other URL is unknown text.
  if (!opts.value && /[a-z][a-z0-9+.-]*:\/\//i.test(rest)) return false
  for (const m of rest.matchAll(TOKEN)) {
    const t = m[0]
    if (/^\s+$/.test(t) || punct.has(t)) continue
    if (/^\d+$/.test(t)) {
      // Small numbers only (a status, a count): digit groups are how phone numbers, IPs and PINs look.
      if (t.length > 3 || (t.length > 1 && t.startsWith('0')) || ++numbers > MAX_NUMBERS) return false
      continue
    }
    // A single letter says nothing (the "s" of "server's", the "t" of "can't").
    if (/^[A-Za-z]$/.test(t)) continue
    if (/^[A-Za-z]/.test(t) && (words.has(t.toLowerCase()) || ERROR_CODES.has(t) || codes.has(t))) continue
    if (/^[A-Za-z]/.test(t) && t.includes('_') && t.split('_').every((w) => words.has(w.toLowerCase()))) continue
    return false
  }
  return true
}

export function withheld(text: string): string {
  const codes = knownErrorCodes(text)
  const prefix = codes.length ? `${codes.join(', ')}: ` : ''
  return `${prefix}the server's description is withheld (${text.length} characters)`
}

/** A quoted description: itself when recognised, else the withheld note. */
export function projectQuote(text: string, known: ReadonlySet<string>): string {
  return isRecognised(text, { known }) ? text : withheld(text)
}

export const WITHHELD_VALUE = '‹withheld›'

/**
 * A message of the report: quoted spans ("…", “…”) are captured text and are kept only when
 * recognised; backticked values only when known or made of recognised parts.
 */
export function projectMessage(message: string, known: ReadonlySet<string>): string {
  const quotes = (text: string) =>
    text.replace(/"([^"]*)"|“([^”]*)”/g, (all, a?: string, b?: string) => {
      const inner = a ?? b ?? ''
      return isRecognised(inner, { known }) ? all : withheld(inner)
    })
  // Spans are read as CommonMark reads them, so a backtick inside a value cannot end its span early
  // and pass the rest of the value off as the rule's own prose.
  const value = (v: string) =>
    known.has(v) || ONE_URL.test(v) || isRecognised(v, { known, value: true }) ? codeSpan(v) : codeSpan(WITHHELD_VALUE)
  return splitCodeSpans(message)
    .map((p) => (p.code ? value(p.text) : quotes(p.text)))
    .join('')
}
