// Facts said in words or key = value / key: value form: the token's aud and the audience a server
// expected, `resource` sent or not sent, the PRM resource, issuer, client id, a JWT, a token
// issued, a request without Authorization, headers hidden from browsers, PKCE not advertised.
import type { RawClaim, Step } from './claims.ts'
import { sentenceAround, stepOfUrl, stepsNamed } from './step.ts'
import {
  NOT_A_VALUE,
  AUD,
  EXPECTED_AUD,
  MISMATCH,
  MISMATCH_REVERSED,
  AUD_LIST,
  PRM_RESOURCE,
  RESOURCE_KV,
  PROTECTED_MISMATCH,
  RESOURCE_SENT,
  RESOURCE_NOT_SENT,
  ISSUER,
  CLIENT_ID,
  JWT,
  TOKEN_ISSUED,
  NO_AUTH,
  HIDDEN,
  CORS_BLOCKED,
  PKCE,
  CHALLENGE_LACKS,
  SCOPES,
  AUD_QUOTED,
} from './prose-patterns.ts'

type Add = (
  kind: RawClaim['kind'],
  from: number,
  to: number,
  label: string,
  data: RawClaim['data'],
  step?: Step | null,
) => void

function each(re: RegExp, text: string, fn: (m: RegExpMatchArray) => void) {
  for (const m of text.matchAll(re)) fn(m)
}

export function findProse(text: string): RawClaim[] {
  const out: RawClaim[] = []
  const add: Add = (kind, from, to, label, data, step = null) =>
    out.push({ kind, from, to, text: text.slice(from, to), label, step, data })
  const span = (m: RegExpMatchArray) => [m.index!, m.index! + m[0].length] as const
  each(MISMATCH, text, (m) => {
    const [a, b] = span(m)
    add('aud', a, b, `the token's aud: ${m[1]}`, { values: [m[1]!], rejected: true }, 'mcp')
    add('expected-audience', a, b, `expected audience: ${m[2]}`, { value: m[2]! }, 'mcp')
  })
  each(MISMATCH_REVERSED, text, (m) => {
    const [a, b] = span(m)
    add('aud', a, b, `the token's aud: ${m[2]}`, { values: [m[2]!], rejected: true }, 'mcp')
    add('expected-audience', a, b, `expected audience: ${m[1]}`, { value: m[1]! }, 'mcp')
  })
  each(AUD_LIST, text, (m) => {
    const values = m[1]!.split(/\s*,\s*/).filter((v) => v && !NOT_A_VALUE.test(v))
    if (values.length)
      add('aud', ...span(m), `the token's aud: ${values.join(', ')}`, { values, rejected: true }, 'mcp')
  })
  each(AUD, text, (m) => {
    const value = (m[2] ?? m[4])!
    if (NOT_A_VALUE.test(value) || /^(==|!=)/.test(value)) return
    const before = text.slice(Math.max(0, m.index! - 40), m.index!)
    if (/\b(validat\w*|check\w*|expect\w*|requir\w*)\s*$/i.test(before)) return
    add('aud', ...span(m), `the token's aud: ${value}`, { values: [value], clientId: !!m[1] || !!m[3] }, 'mcp')
  })
  each(AUD_QUOTED, text, (m) => {
    if (!NOT_A_VALUE.test(m[1]!)) add('aud', ...span(m), `the token's aud: ${m[1]}`, { values: [m[1]!] }, 'mcp')
  })
  each(
    EXPECTED_AUD,
    text,
    (m) =>
      NOT_A_VALUE.test(m[1]!) ||
      add('expected-audience', ...span(m), `expected audience: ${m[1]}`, { value: m[1]! }, 'mcp'),
  )
  each(PROTECTED_MISMATCH, text, (m) => {
    add('prm-resource', ...span(m), `PRM resource: ${m[1]}`, { value: m[1]! }, 'prm')
    add('mcp-url', ...span(m), `MCP server URL ${m[2]}`, { url: m[2]! })
  })
  each(PRM_RESOURCE, text, (m) => add('prm-resource', ...span(m), `PRM resource: ${m[1]}`, { value: m[1]! }, 'prm'))
  each(RESOURCE_KV, text, (m) =>
    add('prm-resource', ...span(m), `PRM resource: ${m[1] ?? m[2]}`, { value: (m[1] ?? m[2])! }, 'prm'),
  )
  each(RESOURCE_SENT, text, (m) => {
    const value = (m[1] ?? m[2] ?? m[3])!
    // One client sends one resource string at authorize, token and refresh (RFC 8707 §2): a value
    // said to be sent is the authorize value, and the token's too when the sentence names it.
    const steps = stepsNamed(sentenceAround(text, m.index!, m.index! + m[0].length)).filter(
      (s) => s === 'token' || s === 'refresh',
    )
    for (const step of ['authorize' as Step, ...steps])
      add('resource-sent', ...span(m), `resource sent at ${step}: ${value}`, { value }, step)
  })
  each(RESOURCE_NOT_SENT, text, (m) => {
    const sentence = sentenceAround(text, m.index!, m.index! + m[0].length)
    const named = stepsNamed(sentence)
    const steps: Step[] = /\/?authori[sz]e\b|authori[sz]ation request/i.test(sentence) ? ['authorize'] : []
    if (named.includes('token') || /\/token\b|token request/i.test(sentence)) steps.push('token')
    if (named.includes('refresh')) steps.push('refresh')
    for (const step of steps.length ? steps : (['authorize'] as Step[]))
      add('resource-not-sent', ...span(m), `no resource sent at ${step}`, {}, step)
  })
  each(ISSUER, text, (m) =>
    add('issuer', ...span(m), `issuer: ${m[1] ?? m[2]}`, { url: (m[1] ?? m[2])! }, 'as-metadata'),
  )
  each(CLIENT_ID, text, (m) => {
    if (!NOT_A_VALUE.test(m[1]!)) add('client-id', ...span(m), `client id: ${m[1]}`, { value: m[1]! })
  })
  each(/(?<![A-Za-z0-9_])client_01[0-9A-HJKMNP-TV-Z]{24}(?![0-9A-Za-z])/g, text, (m) =>
    add('client-id', ...span(m), `client id: ${m[0]}`, { value: m[0] }),
  )
  each(SCOPES, text, (m) => {
    const value = m[1]!
      .replace(/^["'`[]+|["'`\]]+$/g, '')
      .replace(/["'`]/g, '')
      .trim()
    add('scopes', ...span(m), `scopes: ${value || '(empty)'}`, { value })
  })
  each(JWT, text, (m) => add('jwt', ...span(m), 'a JWT', { token: m[0] }, 'mcp'))
  each(TOKEN_ISSUED, text, (m) => add('token-issued', ...span(m), 'a token was issued', {}, 'token'))
  each(NO_AUTH, text, (m) => add('no-auth-header', ...span(m), 'an MCP request without Authorization', {}, 'mcp'))
  each(HIDDEN, text, (m) =>
    add('headers-hidden', ...span(m), 'WWW-Authenticate hidden from browser clients', {}, 'discovery'),
  )
  each(CORS_BLOCKED, text, (m) =>
    add('cors-blocked', ...span(m), `blocked by CORS: ${m[1]}`, { url: m[1]! }, stepOfUrl(m[1]!)),
  )
  each(PKCE, text, (m) => add('pkce-unsupported', ...span(m), 'PKCE S256 not advertised', {}, 'as-metadata'))
  each(CHALLENGE_LACKS, text, (m) =>
    add(
      'challenge-lacks',
      ...span(m),
      /WWW-Authenticate/i.test(m[0]) ? 'a 401 without WWW-Authenticate' : 'a 401 challenge without resource_metadata',
      { param: /WWW-Authenticate/i.test(m[0]) ? 'header' : 'resource_metadata' },
      'discovery',
    ),
  )
  return out
}
