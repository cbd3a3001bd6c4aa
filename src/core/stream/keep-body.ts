// Which large response bodies the streaming reader decodes. It asks the whole-file path's own
// classifier (flow/classify.ts) what each entry is, with what the entries read so far advertise,
// and keeps the bodies `bodyNeeded` names. A JSON document whose URL a later entry may still
// advertise (PRM at a custom path, a CIMD document) is held as bytes until the end and decided
// with everything known. All other bodies are only counted; the entry view says so.
import type { Exchange } from '../types.ts'
import { addAdvertised, classify, classifyAll, emptyAdvertised, isJsonRpc, type Known } from '../flow/classify.ts'
import { bodyNeeded, mayBecomeMetadata } from '../flow/body-policy.ts'
import { endpointOf } from '../oauth/params.ts'

const decoder = new TextDecoder()

/** A cut-out `content.text`: the JSON string literal, quotes included, as bytes (byte scanner) or
 * text (fast reader). Null when the literal is not valid JSON (the whole-file reader would reject
 * the entry). */
type Literal = Uint8Array | string
const textOf = (literal: Literal) => (typeof literal === 'string' ? literal : decoder.decode(literal))

function decodeBody(literal: Literal): string | null {
  try {
    return JSON.parse(textOf(literal)) as string
  } catch {
    return null
  }
}

export class BodyKeeper {
  private readonly advertised = emptyAdvertised()
  private readonly mcpEndpoints = new Set<string>()
  private readonly pending: { ex: Exchange; literal: string }[] = []
  private decidedAtEnd = false

  /**
   * `collectKnown` of the exchanges seen, in the order seen, as they are after `finish`. Null when a
   * held body was decided at the end: a precaution (a held body is one `addAdvertised` never reads).
   */
  known(): Known | null {
    return this.decidedAtEnd ? null : { advertised: this.advertised, mcpEndpoints: this.mcpEndpoints }
  }

  /** Called once per restored entry, in file order; `literal` is a body cut out of it, if any.
   * False when a body it needs is not valid JSON: the entry is broken, as on the whole-file path. */
  see(ex: Exchange, literal: Literal | null): boolean {
    if (literal) {
      if (bodyNeeded(ex, classify(ex, this.advertised, this.mcpEndpoints))) {
        ex.responseContent = decodeBody(literal)
        if (ex.responseContent === null) return false
      } else {
        const text = textOf(literal)
        // Characters of the body as written (escapes included), whichever reader cut it out.
        ex.responseSize = text.length - 2
        // A copy: a slice would hold on to the whole chunk it was cut from.
        if (mayBecomeMetadata(ex, text)) this.pending.push({ ex, literal: (' ' + text).slice(1) })
      }
    }
    const before = this.advertised.resources.size
    addAdvertised(this.advertised, ex)
    if (this.advertised.resources.size !== before)
      for (const r of this.advertised.resources) this.mcpEndpoints.add(endpointOf(r))
    if (isJsonRpc(ex)) this.mcpEndpoints.add(endpointOf(ex.url))
    return true
  }

  /** Decides the held bodies with every entry known, as the whole-file path classifies them. */
  finish(exchanges: readonly Exchange[]): void {
    if (!this.pending.length) return
    this.decidedAtEnd = true
    const kinds = new Map(classifyAll(exchanges).map((c) => [c.ex, c.kind]))
    for (const { ex, literal } of this.pending) {
      const kind = kinds.get(ex)
      if (kind && bodyNeeded(ex, kind)) {
        ex.responseContent = decodeBody(literal)
        delete ex.responseSize
      }
    }
    this.pending.length = 0
  }
}
