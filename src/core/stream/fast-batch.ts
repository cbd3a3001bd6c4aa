// A batch from the fast reader (fast-entries.ts): the entries exactly as written, between `[` and
// `]`, with each large response body replaced by a marker and kept aside as its JSON literal.
// Reading it checks the reader's guesses: the text must parse, and each marker must be found at an
// entry's `response.content.text`, once per cut body, in order. Anything else means the layout was
// guessed wrong somewhere, and the file is read again by the byte scanner alone.
import type { OnEntry, RawEntry } from './entry-batch.ts'

export interface FastBatch {
  text: string
  /** The cut bodies, as JSON string literals, in file order. */
  bodies: string[]
}

const MARKER_VALUE = '\u0000mcp-oauth-har:cut-body\u0000'
/** The JSON literal that stands where a body was cut out. */
export const CUT_MARKER = JSON.stringify(MARKER_VALUE)

/** Thrown when the fast reader's guess about the layout was wrong: read the file again, exactly. */
export class RestartExact extends Error {
  constructor(why: string) {
    super(`the fast reader guessed the capture's layout wrong (${why})`)
  }
}

const mustRestart = (): never => {
  throw new RestartExact('a body does not decode')
}

export function readFastBatch(batch: FastBatch, onEntry: OnEntry): void {
  let list: unknown
  try {
    list = JSON.parse(batch.text)
  } catch {
    throw new RestartExact('a batch does not parse')
  }
  let cut = 0
  for (const raw of list as unknown[]) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new RestartExact('not an entry')
    const content = ((raw as RawEntry).response as RawEntry | undefined)?.content as RawEntry | undefined
    let body: string | null = null
    if (content?.text === MARKER_VALUE) {
      body = batch.bodies[cut++] ?? mustRestart()
      delete content.text
    }
    // Entries here carry no line numbers: a location is only ever asked for a broken entry.
    onEntry(raw as RawEntry, body, null, mustRestart)
  }
  if (cut !== batch.bodies.length) throw new RestartExact('a body was cut from the wrong place')
}
