// Which client a post is about: the product named near words of failure ("but Copilot Studio
// fails"), not the ones said to work ("Claude connects fine").
import type { Artefact } from './artefacts.ts'

const FAILING = /\b(fail|fails|failing|failed|doesn'?t|does not|can'?t|cannot|won'?t|error|errors|broken|rejects?|rejected|401|403|only|except|but)\b/i
const WORKING = /\b(works?|working|fine|connects?|succeeds?|ok|okay)\b/i

export function failingProduct(text: string, artefacts: Artefact[]): string | null {
  let best: { product: string; score: number } | null = null
  for (const a of artefacts) {
    if (a.kind !== 'product') continue
    const after = text.slice(a.end, a.end + 60)
    const before = text.slice(Math.max(0, a.start - 30), a.start)
    let score = 0
    if (FAILING.test(after) || /\bbut\b[^.]*$/i.test(before)) score += 2
    if (WORKING.test(after.split(/\bbut\b/i)[0] ?? '')) score -= 2
    if (!best || score > best.score) best = { product: String(a.data.product), score }
  }
  return best && best.score >= 0 ? best.product : null
}
