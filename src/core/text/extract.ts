// Pasted text → claims: normalize (keeping a map back to the paste), run every finder, mark what
// is not an observation, drop what a larger claim already holds, number claims in flow order.
import { isPlaceholder, stepRank, type Claim, type ClaimKind, type RawClaim } from './claims.ts'
import { mergeRanges, observedAt, unobservedRanges } from './context.ts'
import { findChallenges, findRequestLines, findResponses, findStatuses, findUrls } from './find-http.ts'
import { findJson } from './find-json.ts'
import { findTableRows } from './find-table.ts'
import { findKnownErrors, findOAuthErrors } from './find-errors.ts'
import { findNames } from './find-names.ts'
import { findProse } from './find-prose.ts'
import { lineBefore, sentenceAround, stepOfLabel, stepOfUrlsBefore, tokenOrRefresh } from './step.ts'
import { normalizeText, originalRange } from './normalize.ts'

/** Claims that carry others inside them: a URL inside JSON, an error code inside a callback URL. */
const CONTAINERS: ReadonlySet<ClaimKind> = new Set([
  'json',
  'authorize-url',
  'callback-url',
  'http-response',
  'token-form',
  'http-status',
  'www-authenticate',
])
const ABSORBED: ReadonlySet<ClaimKind> = new Set([
  'url',
  'oauth-error',
  'www-authenticate',
  'http-status',
  'client-id',
  'issuer',
  'prm-resource',
  'jwt',
  'mcp-url',
])
/** A paste with more facts than this is a whole log: the first ones (in text order) are read. */
export const MAX_CLAIMS = 2000
const AFTER_LOGIN = new RegExp(
  String.raw`\bafter (?:the |a )?(?:successful |completing (?:the )?)?(?:log ?in|sign[- ]?in|consent|auth\w` +
    String.raw`*|oauth|token|token exchange)\b`,
  'i',
)
const FORM = /(?:^|[\s'"`])((?:[A-Za-z_]+=[^\s&'"`]*&)*grant_type=[A-Za-z_:.-]+(?:&[A-Za-z_]+=[^\s&'"`]*)*)/g

function findForms(text: string): RawClaim[] {
  return [...text.matchAll(FORM)].map((m) => {
    const from = m.index! + m[0].indexOf(m[1]!)
    const refresh = /grant_type=refresh_token/.test(m[1]!)
    return {
      kind: 'token-form' as const,
      from,
      to: from + m[1]!.length,
      text: m[1]!,
      label: refresh ? 'a refresh request body' : 'a token request body',
      step: refresh ? ('refresh' as const) : ('token' as const),
      data: { body: m[1]! },
    }
  })
}

const values = (r: RawClaim): string[] =>
  [r.data.url, r.data.value, ...(Array.isArray(r.data.values) ? r.data.values : [])].filter(
    (v): v is string => typeof v === 'string',
  )

function keep(raw: RawClaim[]): RawClaim[] {
  const sorted = [...raw].sort((a, b) => a.from - b.from || b.to - a.to)
  const kept: RawClaim[] = []
  let containers: RawClaim[] = [] // kept containers that may still hold what follows
  const lastOf = new Map<string, RawClaim>() // per kind and step, the last kept claim
  for (const r of sorted) {
    containers = containers.filter((k) => k.to > r.from)
    const inside =
      (ABSORBED.has(r.kind) || (r.kind === 'aud' && containers.some((k) => k.data.shape === 'token-claims'))) &&
      containers.some(
        (k) =>
          r.to <= k.to &&
          (k.from !== r.from || k.to !== r.to || k.kind !== r.kind) &&
          !(k.kind === 'http-status' && r.kind === 'mcp-url'),
      )
    const key = `${r.kind} ${r.step} ${String(r.data.id ?? r.data.product ?? r.data.vendor ?? r.data.library ?? '')}`
    const prev = lastOf.get(key)
    const same = !!prev && r.from < prev.to
    if (inside || same) continue
    kept.push(r)
    lastOf.set(key, r)
    if (CONTAINERS.has(r.kind)) containers.push(r)
  }
  return kept
}

export function extractClaims(pasted: string): Claim[] {
  const n = normalizeText(pasted)
  const text = n.text
  const stepNear = (from: number) =>
    stepOfUrlsBefore(text, from) ??
    stepOfLabel(lineBefore(text, from)) ??
    stepOfLabel(
      text
        .slice(Math.max(0, from - 200), from)
        .split('\n')
        .slice(-3)
        .join(' '),
    )
  const raw = [
    ...findUrls(text),
    ...findRequestLines(text),
    ...findStatuses(text),
    ...findTableRows(text),
    ...findResponses(text),
    ...findChallenges(text),
    ...findJson(text, stepNear),
    ...findOAuthErrors(text),
    ...findKnownErrors(text),
    ...findProse(text),
    ...findForms(text),
    ...findNames(text),
  ]
  const ranges = mergeRanges(unobservedRanges(n))
  for (const r of raw) if (r.step === 'token' && r.kind !== 'token-form') r.step = tokenOrRefresh(text, r.from, r.to)
  // A 401 from the MCP server before any token is the discovery challenge, not a rejected token.
  const tokenSeen = raw.some(
    (r) =>
      ['aud', 'jwt', 'token-issued', 'no-auth-header'].includes(r.kind) ||
      (r.step === 'token' && r.data.status === 200),
  )
  for (const r of raw) {
    const refused = r.data.status === 401 || r.data.status === 403
    if (
      r.step === 'mcp' &&
      refused &&
      (r.kind === 'http-status' || r.kind === 'http-response') &&
      !tokenSeen &&
      !AFTER_LOGIN.test(sentenceAround(text, r.from, r.to))
    )
      r.step = 'discovery'
  }
  const claims = keep(raw)
    .slice(0, MAX_CLAIMS)
    .map((r) => {
      const [start, end] = originalRange(n, r.from, r.to)
      const placeholder = values(r).some(isPlaceholder)
      const observed = r.observed ?? observedAt(ranges, r.from, r.to)
      return {
        entry: 0,
        kind: r.kind,
        start,
        end,
        text: r.text,
        label: r.label,
        step: r.step,
        observed,
        data: placeholder ? { ...r.data, placeholder } : r.data,
      }
    })
  claims.sort((a, b) => stepRank(a.step) - stepRank(b.step) || a.start - b.start)
  claims.forEach((c, i) => {
    c.entry = i
  })
  return claims
}

/** The older name, kept for callers that mark artefacts in the pasted text. */
export const extractArtefacts = extractClaims
