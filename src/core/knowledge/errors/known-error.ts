// The shape of one error-catalog row and the pattern builders every family file uses. Patterns are
// built from literal pieces only (no nested quantifiers), so matching stays linear in the text length,
// and they forgive what forums do to pasted text: eaten or escaped underscores, smart or lost quotes,
// re-flowed whitespace.
import type { Fix, Party } from '../../types.ts'

/** Where in the flow a message is printed or returned (when the message itself says so). */
export type ErrorStep =
  'prm' | 'as-metadata' | 'registration' | 'authorize' | 'callback' | 'token' | 'refresh' | 'mcp-request'

export interface KnownError {
  id: string
  pattern: RegExp
  meaning: string
  party: Party
  /** Catalog rule IDs this error is evidence for; the first is the one a finding is filed under. */
  rules: string[]
  fix: Fix
  /** A public place the message can be read: repository + issue or file, a docs page, an RFC section. */
  source: string
  /** The step that prints or returns the message, when the message implies it. */
  step?: ErrorStep
  /** The software that prints the message: a library, SDK, authorization server or client. */
  printedBy?: string
}

const QUOTE = `\\\\?["'\`\u2018\u2019\u201C\u201D]?`
const UNDERSCORE = '(?:\\\\?_|\\s)?'
/** Whitespace, or its form-encoded forms in a pasted URL. */
const SPACE = '(?:\\s|\\+|%20)+'

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? `\\${ch}` : ch
}

/**
 * A message as a case-insensitive pattern. Spaces match any run of whitespace (or `+`, `%20` in a URL);
 * `:` may be `%3A`; `_` may be lost, escaped or a space; quotes may be straight, smart, escaped or gone;
 * `…` stands for a short variable part on the same line (an id, a URL), bounded so that a miss costs a
 * bounded amount of work per position.
 */
export function phrase(text: string): RegExp {
  let src = ''
  for (const ch of text.replace(/\s+/g, ' ').replace(/ ?… ?/g, '…').trim()) {
    if (ch === ' ') src += SPACE
    else if (ch === ':') src += '(?::|%3A)'
    else if (ch === '_') src += UNDERSCORE
    else if (ch === "'" || ch === '"') src += QUOTE
    else if (ch === '…') src += '[^\\n]{0,160}?'
    else src += escapeChar(ch)
  }
  return new RegExp(src, 'i')
}

/** Any one of several phrasings of the same message. */
export function anyPhrase(...texts: string[]): RegExp {
  return new RegExp(texts.map((t) => phrase(t).source).join('|'), 'i')
}

/** A numbered code such as AADSTS50011 or E0000011, never a prefix of a longer number. */
export function code(prefix: string, digits: string): RegExp {
  return new RegExp(`\\b${prefix}\\s?${digits}(?!\\d)`, 'i')
}

type RowFields = Omit<KnownError, 'fix' | 'printedBy' | 'source'> & {
  fix: string
  fixParty?: Party
  printedBy?: string
  source?: string
}

/** Rows of one family share the software that prints them and, often, one public source. */
export function family(defaults: { printedBy: string; source: string }) {
  return (r: RowFields): KnownError => {
    const { fix, fixParty, ...rest } = r
    return {
      ...rest,
      printedBy: r.printedBy ?? defaults.printedBy,
      source: r.source ?? defaults.source,
      fix: { party: fixParty ?? r.party, text: fix },
    }
  }
}
