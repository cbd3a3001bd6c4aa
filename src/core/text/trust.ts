// What an exchange rebuilt from text may prove. A quoted URL, log line or JSON document is judged
// like a capture; an exchange rebuilt from a sentence ("the client sent no resource") proves only
// the rules that sentence speaks to, and a redacted value (`code_challenge=<hidden>`) proves
// nothing about itself. Other findings on such exchanges become "unknown": the text does not show.
import type { Finding } from '../types.ts'
import { originOf, parseQuery } from '../oauth/params.ts'
import { isPlaceholder } from './claims.ts'

export interface Trust {
  /** Rule-ID patterns (`aud.*`) this exchange may prove; undefined: any. */
  only?: string[]
  /** Rule-ID patterns it must not prove (redacted values). */
  not?: string[]
  /** Rule-ID patterns whose warning the text shows to be the failure ("the client could not read the header"). */
  raise?: string[]
}

/** Rules that fail on a request not being seen: a text leaving a step out is not a client skipping it. */
const ABSENCE_RULES = new Set([
  'prm.not-requested',
  'flow.token-request.absent',
  'flow.discovery.absent',
  'iss.ignored-by-client',
])

const PARAM_RULES: Record<string, string[]> = {
  code_challenge: ['pkce.*'],
  code_challenge_method: ['pkce.*'],
  state: ['state.*', 'callback.state.*'],
  client_id: ['authorize.client-id.*', 'cimd.*'],
  redirect_uri: ['authorize.redirect-uri.*', 'token.redirect-uri.*', 'dcr.redirect-uri*'],
  resource: ['resource.*'],
  scope: ['scope.*'],
  code: ['pkce.verifier.*', 'callback.code.*'],
}

const matches = (rule: string, pattern: string) =>
  pattern.endsWith('*') ? rule.startsWith(pattern.slice(0, -1)) : rule === pattern

export function redactedParams(url: string): string[] {
  return parseQuery(url)
    .filter(([, v]) => isPlaceholder(v))
    .flatMap(([k]) => PARAM_RULES[k] ?? [`${k}.*`])
}

export function stated(trust: Map<number, Trust>, entry: number, rule: string): void {
  const t = trust.get(entry)
  if (t?.only) t.only.push(rule)
}

export function absoluteUrl(url: string | null, server: string, fallback: string): string {
  if (!url) return fallback
  if (/^https?:\/\//i.test(url)) return url
  return `${originOf(server) ?? fallback}${url.startsWith('/') ? '' : '/'}${url}`
}

const claimsText = (entries: number[]) => `claim${entries.length === 1 ? '' : 's'} ${entries.join(', ')}`

function allowed(rule: string, t: Trust | undefined): boolean {
  if (!t) return true
  if (t.only && !t.only.some((p) => matches(rule, p))) return false
  return !(t.not ?? []).some((p) => matches(rule, p))
}

/** Findings the text cannot support are dropped: they judge what the rebuilt exchange only stands in
 * for. Absence rules on text say "unknown": a text leaving a step out proves nothing. */
export function applyTrust(findings: Finding[], trust: ReadonlyMap<number, Trust>): Finding[] {
  return findings.flatMap((f): Finding[] => {
    if (f.status === 'unknown')
      return f.entries.length && !f.entries.some((e) => allowed(f.rule, trust.get(e))) ? [] : [f]
    if (
      f.status === 'fail' &&
      f.severity === 'warning' &&
      f.entries.some((e) => (trust.get(e)?.raise ?? []).some((p) => matches(f.rule, p)))
    )
      f = { ...f, severity: 'error' }
    const absent = ABSENCE_RULES.has(f.rule) && f.status === 'fail'
    if (!absent && (!f.entries.length || f.entries.some((e) => allowed(f.rule, trust.get(e))))) return [f]
    if (!absent) return []
    return [
      {
        ...f,
        status: 'unknown',
        fix: [],
        message: `Your text does not show whether this step happened (${claimsText(f.entries)}).`,
      },
    ]
  })
}
