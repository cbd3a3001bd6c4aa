// Finders: each scans normalized text for one kind of artefact. Patterns tolerate forum mangling
// (lost underscores, smart quotes already straightened, trailing "…" where a post truncated).
import { KNOWN_ERRORS } from '../knowledge/error-strings.ts'
import { OAUTH_ERRORS } from '../knowledge/oauth-errors.ts'
import { scanValue } from '../ingest/json-scan.ts'
import type { Artefact, ArtefactKind } from './artefacts.ts'

export type Raw = Omit<Artefact, 'entry' | 'start' | 'end'> & { from: number; to: number }

const URL_RE = /https?:\/\/[^\s"'<>`)\]]+/g
const JWT_RE = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g
const QUOTED = `['"]?([^'"\\s,)]+)['"]?`
const MISMATCH = new RegExp(`audience[^\\n]{0,40}?(?:mismatch|invalid|not allowed|validation failed)[^\\n]{0,80}?(?:got|received|actual|was)\\s*[:=]?\\s*${QUOTED}[,;)\\s][^\\n]{0,40}?expected\\s*[:=]?\\s*${QUOTED}`, 'gi')
const STATUS = /(?:^|\n)\s*<?\s*HTTP\/[\d.]+\s+(\d{3})[^\n]*/g
const WWW_AUTH = /www-authenticate\s*:\s*([^\n]+)/gi
const FORM = /(?:^|[\s'"])((?:[A-Za-z_]+=[^\s&'"]*&)*grant_type=[A-Za-z_:.-]+(?:&[A-Za-z_]+=[^\s&'"]*)*)/g
const WORKOS_CLIENT = /\bclient_?01[0-9A-HJKMNP-TV-Z]{24}\b/g

const PRODUCTS: [RegExp, string][] = [
  [/copilot[\s-]*studio|power\s*(?:platform|automate)\s*connector/i, 'copilot-studio'],
  [/claude\s*code/i, 'claude-code'],
  [/claude(?:\.ai|\s*desktop)|\bclaude\b(?!\s*code)/i, 'claude-ai'],
  [/\bchat\s*gpt\b/i, 'chatgpt'],
  [/\bcodex\b/i, 'codex'],
  [/\bvs\s*code\b|visual studio code/i, 'vscode'],
  [/\bcursor\b/i, 'cursor'],
  [/\bwindsurf\b/i, 'windsurf'],
  [/gemini[\s-]*cli/i, 'gemini-cli'],
  [/\bgoose\b/i, 'goose'],
  [/librechat/i, 'librechat'],
  [/mcp[\s-]*inspector/i, 'mcp-inspector'],
  [/mcpjam/i, 'mcpjam'],
  [/mcp-remote/i, 'mcp-remote'],
]
const VENDORS: [RegExp, string][] = [
  [/\bwork\s*os\b|\bauthkit\b/i, 'workos'],
  [/\bauth0\b/i, 'auth0'],
  [/\b(?:entra(?:\s*id)?|azure\s*ad|microsoft\s*identity)\b/i, 'entra'],
  [/\bokta\b/i, 'okta'],
  [/\bkeycloak\b/i, 'keycloak'],
  [/\bcognito\b/i, 'cognito'],
  [/\bstytch\b/i, 'stytch'],
  [/\bdescope\b/i, 'descope'],
  [/\bclerk\b/i, 'clerk'],
  [/\blogto\b/i, 'logto'],
  [/\bscalekit\b/i, 'scalekit'],
]

const trimUrl = (u: string) => u.replace(/[.,;:!?…]+$/, '')
const all = (re: RegExp, text: string) => [...text.matchAll(re)]

export function findAll(text: string): Raw[] {
  const out: Raw[] = []
  const add = (kind: ArtefactKind, from: number, to: number, label: string, data: Raw['data']) => out.push({ kind, from, to, text: text.slice(from, to), label, data })
  for (const m of all(MISMATCH, text)) {
    const got = trimUrl(m[1]!).replace(/…$/, '').replace(/^client(?=01)/, 'client_')
    add('audience-mismatch', m.index!, m.index! + m[0].length, `server log: token aud ${got}, expected ${m[2]}`, { aud: got, expected: trimUrl(m[2]!), truncated: m[1]!.endsWith('…') })
  }
  for (const m of all(JWT_RE, text)) add('jwt', m.index!, m.index! + m[0].length, 'a JWT', { token: m[0] })
  for (const m of all(URL_RE, text)) {
    const url = trimUrl(m[0])
    const kind: ArtefactKind = /[?&]response_type=/.test(url) && /[?&]client_id=/.test(url) ? 'authorize-url' : /[?&](code|error)=/.test(url) && /[?&]state=|\/callback|auth_callback|redirect/.test(url) ? 'callback-url' : 'url'
    add(kind, m.index!, m.index! + url.length, kind === 'authorize-url' ? 'an authorization request URL' : kind === 'callback-url' ? 'a callback URL' : url, { url })
  }
  for (const m of all(WWW_AUTH, text)) add('www-authenticate', m.index!, m.index! + m[0].length, 'a WWW-Authenticate challenge', { value: m[1]!.trim() })
  for (const m of all(FORM, text)) {
    const from = m.index! + m[0].indexOf(m[1]!)
    add('token-form', from, from + m[1]!.length, /grant_type=refresh_token/.test(m[1]!) ? 'a refresh request body' : 'a token request body', { body: m[1]! })
  }
  for (const m of all(STATUS, text)) {
    const from = m.index! + (m[0].startsWith('\n') ? 1 : 0)
    add('http-status', from, m.index! + m[0].length, `HTTP ${m[1]}`, { status: Number(m[1]) })
  }
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
    const scan = scanValue(text, i)
    if (!scan.ok || scan.end - i < 8) continue
    try {
      const v = JSON.parse(text.slice(i, scan.end)) as unknown
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        add('json', i, scan.end, 'a JSON document', { json: text.slice(i, scan.end) })
        i = scan.end - 1
      }
    } catch {
      /* not JSON after all */
    }
  }
  for (const k of KNOWN_ERRORS) for (const m of all(new RegExp(k.pattern.source, k.pattern.flags.includes('g') ? k.pattern.flags : k.pattern.flags + 'g'), text)) add('known-error', m.index!, m.index! + m[0].length, k.meaning, { id: k.id })
  for (const code of Object.keys(OAUTH_ERRORS)) {
    for (const m of all(new RegExp(`\\b${code.replace('_', '[_ ]?')}\\b`, 'gi'), text)) add('error-code', m.index!, m.index! + m[0].length, `OAuth error ${code}`, { code })
  }
  for (const [re, product] of PRODUCTS) for (const m of all(new RegExp(re.source, 'gi'), text)) add('product', m.index!, m.index! + m[0].length, `client: ${product}`, { product })
  for (const [re, vendor] of VENDORS) for (const m of all(new RegExp(re.source, 'gi'), text)) add('vendor', m.index!, m.index! + m[0].length, `authorization server: ${vendor}`, { vendor })
  for (const m of all(WORKOS_CLIENT, text)) add('client-id', m.index!, m.index! + m[0].length, 'a WorkOS client id', { clientId: m[0].replace(/^client_?/, 'client_') })
  return out
}
