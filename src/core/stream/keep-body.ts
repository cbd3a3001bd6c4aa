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

/** A cut-out `content.text`: the JSON string literal, quotes included. */
/** Null when the literal is not valid JSON (the whole-file reader would reject the entry). */
function decodeBody(literal: Uint8Array): string | null {
  try {
    return JSON.parse(decoder.decode(literal)) as string
  } catch {
    return null
  }
}

export class BodyKeeper {
  private readonly advertised = emptyAdvertised()
  private readonly mcpEndpoints = new Set<string>()
  private readonly pending: { ex: Exchange; literal: Uint8Array }[] = []
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
  see(ex: Exchange, literal: Uint8Array | null): boolean {
    if (literal) {
      if (bodyNeeded(ex, classify(ex, this.advertised, this.mcpEndpoints))) {
        ex.responseContent = decodeBody(literal)
        if (ex.responseContent === null) return false
      } else {
        ex.responseSize = literal.length - 2
        if (mayBecomeMetadata(ex, literal)) this.pending.push({ ex, literal: literal.slice() })
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
