// Where a claim happened: from a URL path first ("/register", "/.well-known/oauth-protected-resource"),
// then from a label in the same line or sentence ("token endpoint returned", "on refresh",
// "the MCP server responds"). A label names the step the error belongs to, whatever the error says.
import type { Step } from './claims.ts'
import { anyOf } from './any-of.ts'

const PATHS: [RegExp, Step][] = [
  [/\/\.well-known\/oauth-protected-resource/i, 'prm'],
  [/\/\.well-known\/(oauth-authorization-server|openid-configuration)/i, 'as-metadata'],
  [/\/(register|registration|clients)(\/|\?|$)|\/oidc\/register/i, 'registration'],
  [/[?&]grant_type=refresh_token/i, 'refresh'],
  [/\/(oauth2?\/|connect\/|protocol\/openid-connect\/)?token(\/|\?|$)/i, 'token'],
  [/[?&](code|error)=/i, 'callback'],
  [/\/(callback|auth_callback|redirect)(\/|\?|$)/i, 'callback'],
  [/\/(oauth2?\/|connect\/|protocol\/openid-connect\/)?(authorize|authorization|auth)(\/|\?|$)/i, 'authorize'],
  [/\/(mcp|sse)(\/|\?|$)|\/mcp-server\//i, 'mcp'],
]

export function stepOfUrl(url: string): Step | null {
  const path = url.replace(/^[a-z]+:\/\/[^/?#]*/i, '')
  for (const [re, step] of PATHS) if (re.test(path)) return step
  return null
}

/** Labels in words, most specific first: "refresh" beats "token", "registration" beats "client". */
const LABELS: [RegExp, Step][] = [
  [/\brefresh(ing|ed)?\b|refresh[_ ]token\s+(is\s+)?(invalid|expired|revoked|rotated)|\bon refresh\b/i, 'refresh'],
  [/\b(dynamic\s+)?(client[\s-]+)?regist(ration|er|ering)\b|\bDCR\b/i, 'registration'],
  [/\bprotected[\s-]resource[\s-]metadata\b|\bPRM\b|oauth-protected-resource/i, 'prm'],
  [
    anyOf(
      'i',
      /\bauthori[sz]ation[\s-]server[\s-]metadata\b|oauth-authorization-server|openid-configuration/,
      /\bAS metadata\b|\bdiscovery document\b/,
    ),
    'as-metadata',
  ],
  [
    anyOf(
      'i',
      /\btoken[\s-](endpoint|request|exchange|response)\b/,
      /\bexchang\w*\s+(the\s+)?(authorization\s+)?code\b/,
      /\b(acquir\w*|getting|get|obtain\w*|retriev\w*|request\w*)\s+(a\s+|an\s+|the\s+)?(access\s+)?token\b/,
    ),
    'token',
  ],
  [/\bredirect(ed)?\s+back\b|\bcallback\b|\bredirect[_ ]uri\b.*\berror=/i, 'callback'],
  [
    anyOf(
      'i',
      /\bauthori[sz](e|ation)\s+(request|url|endpoint|page|call)\b|\bconsent\b|\bsign[\s-]?in\b/,
      /\blog[\s-]?in page\b|\/authorize\b/,
    ),
    'authorize',
  ],
  [
    anyOf(
      'i',
      /\bMCP server (responds|returns|answers|answered|rejects|rejected|replies)|\btool call/,
      /\binitialize\b|tools\/list|\bMCP request|\bclient-facing error\b|\bBearer token\b/,
      /\bsending message\b|\bMCP connection\b|\bconnection (ends|state)\b/,
    ),
    'mcp',
  ],
]

export function stepOfLabel(text: string): Step | null {
  for (const [re, step] of LABELS) if (re.test(text)) return step
  return null
}

/** The step whose label sits closest to a position in a sentence (the label nearest an error names its step). */
export function nearestStep(sentence: string, at: number): Step | null {
  let best: { step: Step; d: number } | null = null
  for (const [re, step] of LABELS) {
    for (const m of sentence.matchAll(new RegExp(re.source, 'gi'))) {
      const d = Math.abs(m.index! - at)
      if (!best || d < best.d) best = { step, d }
    }
  }
  // A refresh goes to the token endpoint: a sentence naming both is about the refresh.
  if (best?.step === 'token' && LABELS[0]![0].test(sentence)) return 'refresh'
  return best?.step ?? null
}

/** Every step a sentence names ("both PRM probes, the AS metadata probe and the registration POST"). */
export function stepsNamed(text: string): Step[] {
  return LABELS.filter(([re]) => re.test(text)).map(([, s]) => s)
}

/** The sentence (or log line) around a position: the label that attributes a claim lives there. */
export function sentenceAround(text: string, from: number, to: number): string {
  const before = text.slice(Math.max(0, from - 240), from)
  const paragraph = before.lastIndexOf('\n\n')
  const sentence = /[\s\S]*[.!?]\s/.exec(before)?.[0].length ?? 0
  const start = Math.max(paragraph >= 0 ? paragraph + 2 : 0, sentence)
  const after = text.slice(to, to + 200)
  const end = after.search(/[.!?](\s|$)|\n\s*\n/)
  return before.slice(start) + text.slice(from, to) + (end >= 0 ? after.slice(0, end) : after)
}

/** The step the words around [from, to) name, nearest first. */
export function stepAround(text: string, from: number, to: number): Step | null {
  const before = text.slice(Math.max(0, from - 240), from)
  const paragraph = before.lastIndexOf('\n\n')
  const sentence = /[\s\S]*[.!?]\s/.exec(before)?.[0].length ?? 0
  const start = Math.max(paragraph >= 0 ? paragraph + 2 : 0, sentence)
  return nearestStep(sentenceAround(text, from, to), before.length - start)
}

/** The current line up to a position. */
export function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at)
}

const REFRESH_NEAR = /\brefresh(ing|ed|es)?\b|\brefresh[_ ]token\b|grant_type=refresh_token/i
const CODE_NEAR = /\bauthorization[_ ]code\b|\bexchang\w*\s+(the\s+)?code\b|grant_type=authorization_code/i

/** The token endpoint serves both grants: a token-step claim in a passage about refreshing is a refresh. */
export function tokenOrRefresh(text: string, from: number, to: number): Step {
  const near = text.slice(Math.max(0, from - 300), Math.min(text.length, to + 120))
  return REFRESH_NEAR.test(near) && !CODE_NEAR.test(near) ? 'refresh' : 'token'
}

/** The last URL or path with a known step in the few lines before a position. */
export function urlBefore(text: string, at: number): string | null {
  const lines = text
    .slice(Math.max(0, at - 300), at)
    .split('\n')
    .slice(-3)
    .reverse()
  for (const line of lines) {
    const paths = [...line.matchAll(/https?:\/\/[^\s`'"<>)]+|(?:^|[\s`"(])(\/[A-Za-z0-9._~%/-]+)/g)].reverse()
    for (const p of paths) if (stepOfUrl(p[1] ?? p[0])) return (p[1] ?? p[0]).replace(/[.,;:]+$/, '')
  }
  return null
}

/** The step of the last URL or path in the few lines before a position (a request line above a JSON body). */
export function stepOfUrlsBefore(text: string, at: number): Step | null {
  const url = urlBefore(text, at)
  return url ? stepOfUrl(url) : null
}
