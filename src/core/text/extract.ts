// Pasted text → artefacts in text order, with positions in the text as pasted.
import { NESTABLE, type Artefact } from './artefacts.ts'
import { findAll } from './find.ts'
import { normalizeText, originalRange } from './normalize.ts'

export function extractArtefacts(pasted: string): Artefact[] {
  const n = normalizeText(pasted)
  const raw = findAll(n.text).sort((a, b) => a.from - b.from || b.to - a.to)
  const kept: typeof raw = []
  for (const r of raw) {
    // Something inside an artefact already kept is part of it (a URL inside JSON, an error code
    // inside a log line), except names and known error strings, which add meaning on their own.
    const inside = kept.some((k) => r.from >= k.from && r.to <= k.to && (k.from !== r.from || k.to !== r.to || k.kind !== r.kind))
    const same = kept.some((k) => k.from === r.from && k.to === r.to && k.kind === r.kind)
    if (same || (inside && !NESTABLE.has(r.kind))) continue
    kept.push(r)
  }
  return kept.map((r, entry) => {
    const [start, end] = originalRange(n, r.from, r.to)
    return { entry, kind: r.kind, start, end, text: r.text, label: r.label, data: r.data }
  })
}
