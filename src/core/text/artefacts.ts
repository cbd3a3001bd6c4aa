// What the extractor recognises in pasted text. Plain data: the UI highlights `start`–`end` (in
// the pasted text) and links each artefact to the findings that cite its `entry`.

export type ArtefactKind =
  | 'audience-mismatch'
  | 'jwt'
  | 'authorize-url'
  | 'callback-url'
  | 'token-form'
  | 'www-authenticate'
  | 'json'
  | 'http-status'
  | 'known-error'
  | 'error-code'
  | 'product'
  | 'vendor'
  | 'client-id'
  | 'url'

export interface Artefact {
  /** Position among the artefacts, in text order: the report's `entry` numbers count these. */
  entry: number
  kind: ArtefactKind
  start: number
  end: number
  /** The recognised text after normalization (quotes straightened, wraps joined). */
  text: string
  /** What it says, in words, for the list beside the pasted text. */
  label: string
  data: Record<string, string | number | boolean | null | string[]>
}

/** Kinds that may sit inside a larger artefact without being dropped as duplicates. */
export const NESTABLE: ReadonlySet<ArtefactKind> = new Set(['product', 'vendor', 'known-error'])
