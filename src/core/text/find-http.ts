// HTTP in text: URLs (full or path-only), request lines of access logs and `curl -v`, status codes
// said of a URL or a step ("→ 404", "returns **400**", "Completed 200 OK"), raw response blocks
// with their headers, and WWW-Authenticate values.
import type { RawClaim, Step } from './claims.ts'
import { lineBefore, sentenceAround, stepAround, stepOfLabel, stepOfUrl, stepsNamed } from './step.ts'
import { anyOf } from './any-of.ts'

const URL_RE = /https?:\/\/(?:[^\s"'<>`)\]|]|<[^<>\n]{1,40}>)+/g
const REQUEST_LINE = new RegExp(
  String.raw`\b(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD)\s+"?((?:https?:\/\/|\/)(?:[^\s"\`<]|<[^<>\n]{1,40}>` +
    String.raw`)*)"?(?:\s+HTTP\/[\d.]+)?"?(?:[ \t]+(?:-\s*)?([1-5]\d\d)\b)?`,
  'g',
)
const STATUS_WORDS =
  'OK|Created|Found|No Content|Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Intern' +
  'al Server Error|Bad Gateway|Service Unavailable|Moved|See Other|Temporary Redirect'
const SAID_STATUS = new RegExp(
  `(?:→|->|=>|\\breturns?|\\breturned|\\bresponds?(?:\\s+with)?|\\banswer(?:s|ed)?(?:\\s+with)?|\\bge` +
    `ts?(?:\\s+an?)?|\\bgot(?:\\s+an?)?|\\bHTTP(?:\\/[\\d.]+)?|\\bstatus(?:\\s+code)?(?:\\s+of)?[:=]?|` +
    `\\bCompleted|\\bwith|\\berror|\\bfails?(?:\\s+with)?|\\bfailed(?:\\s+with)?)[\\s\`*:"']{0,4}([1-5]` +
    `\\d\\d)\\b(?:\\s*(?:-\\s*)?(?:${STATUS_WORDS}))?|\\b([1-5]\\d\\d)\\s*-?\\s*(?:${STATUS_WORDS})\\b|` +
    `\\bError ([1-5]\\d\\d) status`,
  'gi',
)
const RESPONSE_START = /(?:^|\n)[ \t]*<?[ \t]*HTTP\/[\d.]+[ \t]+([1-5]\d\d)[^\n]*/g
const HEADER_LINE = /^[ \t]*<?[ \t]*([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/
const WWW_AUTH = anyOf(
  'gi',
  /www-authenticate\s*:\s*([^\n]+)/,
  new RegExp(
    String.raw`www-authenticate(?:\s+header)?(?:\s+on\s+[^\n:]{0,30})?\s+(?:is|was|reads|says|contains)(?:\s+` +
      String.raw`(?:just|only))?\s*:?\s*\`?(Bearer\b[^\`\n]*)\`?`,
    '',
  ),
)
const KNOWN_STATUS = new Set([
  200, 201, 202, 204, 301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 406, 409, 415, 422, 429, 500, 502, 503, 504,
])

export const trimUrl = (u: string) => u.replace(/[.,;:!?…*]+$/, '').replace(/\)$/, '')

function urlKind(url: string): RawClaim['kind'] {
  if (/[?&]response_type=/.test(url) && /[?&]client_id=/.test(url)) return 'authorize-url'
  if (/[?&](code|error)=/.test(url) && (/[?&]state=/.test(url) || /callback|redirect/i.test(url))) return 'callback-url'
  return stepOfUrl(url) === 'mcp' && !/[?&]/.test(url) ? 'mcp-url' : 'url'
}

export function findUrls(text: string): RawClaim[] {
  const out: RawClaim[] = []
  for (const m of text.matchAll(URL_RE)) {
    const url = trimUrl(m[0])
    const kind = urlKind(url)
    const intro = lineBefore(text, m.index!)
    const mcp =
      kind === 'url' &&
      /\b(MCP\s+(server\s+)?URL|connect\w*\s+(to|with)|configured with the URL|server URL|endpoint)\W*$/i.test(intro) &&
      !stepOfUrl(url)
    out.push({
      kind: mcp ? 'mcp-url' : kind,
      from: m.index!,
      to: m.index! + url.length,
      text: url,
      label:
        kind === 'authorize-url'
          ? 'an authorization request URL'
          : kind === 'callback-url'
            ? 'a callback URL'
            : mcp || kind === 'mcp-url'
              ? `MCP server URL ${url}`
              : url,
      step: kind === 'mcp-url' || mcp ? null : stepOfUrl(url),
      data: { url },
    })
  }
  return out
}

export function findRequestLines(text: string): RawClaim[] {
  const out: RawClaim[] = []
  for (const m of text.matchAll(REQUEST_LINE)) {
    const target = trimUrl(m[2]!)
    const status = m[3] ? Number(m[3]) : null
    const step = stepOfUrl(target)
    const kind = /[?&]response_type=/.test(target) ? 'authorize-url' : 'http-status'
    if (kind === 'http-status' && !step && status === null) continue
    out.push({
      kind,
      from: m.index!,
      to: m.index! + m[0].length,
      text: m[0],
      label: `${m[1]} ${target}${status ? ` → ${status}` : ''}`,
      step: kind === 'authorize-url' ? 'authorize' : step,
      data: { method: m[1]!, url: target, status },
    })
  }
  return out
}

/** The step a status belongs to: a URL or request line just before it, else the words around it. */
function stepBefore(text: string, at: number): { step: Step | null; url: string | null } {
  const recent = text.slice(Math.max(0, at - 300), at)
  const lines = recent.split('\n').slice(-3).reverse()
  for (const [i, line] of lines.entries()) {
    const urls = [...line.matchAll(/(?:https?:\/\/\S+|(?:^|[\s`"(])(\/[A-Za-z0-9._~%/-]+)[^\s`"]*)/g)]
    for (const u of urls.reverse()) {
      const url = trimUrl((u[1] ?? u[0]).replace(/^[\s`"(]/, ''))
      const step = stepOfUrl(url)
      if (step) return { step, url }
    }
    if (i === 0 && line.trim() && stepOfLabel(line)) return { step: null, url: null } // words decide: stepAround
  }
  return { step: null, url: null }
}

export function findStatuses(text: string): RawClaim[] {
  const out: RawClaim[] = []
  for (const m of text.matchAll(SAID_STATUS)) {
    const status = Number(m[1] ?? m[2] ?? m[3])
    if (!KNOWN_STATUS.has(status)) continue
    const at = m.index!
    let { step, url } = stepBefore(text, at)
    const sentence = sentenceAround(text, at, at + m[0].length)
    if (!step) {
      // "Client error '401 Unauthorized' for url 'https://…/mcp'", "status=401 path=/mcp": the URL follows.
      const rest = text
        .slice(at + m[0].length, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at))
        .slice(0, 200)
      const after = /(https?:\/\/[^\s'"`)]+|(?:^|[\s=`'"(])(\/[A-Za-z0-9._~%/-]+))/.exec(rest)
      const u = after ? trimUrl(after[1]!.startsWith('http') ? after[1]! : (after[2] ?? '')) : ''
      if (u && stepOfUrl(u)) ({ step, url } = { step: stepOfUrl(u), url: u })
    }
    if (!step) step = stepAround(text, at, at + m[0].length)
    const named = stepsNamed(sentence)
    const many = /\b(every|all|each)\s+(request|probe|call)s?\b|\bboth\b/i.test(sentence)
      ? named.filter((s) => !(s === 'token' && named.includes('refresh')))
      : []
    for (const s of many.length > 1 ? many : [step]) {
      out.push({
        kind: 'http-status',
        from: at,
        to: at + m[0].length,
        text: m[0],
        label: `HTTP ${status}${s ? ` at ${s}` : ''}`,
        step: s,
        // What the page said around an error status: the catalog can name it ("redirect_uri_mismatch").
        data: { status, url, ...(status >= 400 ? { said: paragraphAround(text, at) } : {}) },
      })
    }
  }
  return out
}

function paragraphAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('\n\n', at) + 2, at - 200)
  const end = text.indexOf('\n\n', at)
  return text.slice(start, Math.min(end < 0 ? text.length : end, at + 300))
}

/** A raw response (`curl -v`, a pasted HTTP/1.1 block) with the header lines that follow it. */
export function findResponses(text: string): RawClaim[] {
  const out: RawClaim[] = []
  for (const m of text.matchAll(RESPONSE_START)) {
    const from = m.index! + (m[0].startsWith('\n') ? 1 : 0)
    const headers: string[] = []
    let to = m.index! + m[0].length
    for (const line of text.slice(to + 1).split('\n')) {
      const h = HEADER_LINE.exec(line)
      if (!h && !/^\s*\(no [^)]*\)\s*$/.test(line)) break
      if (h) headers.push(`${h[1]!.toLowerCase()}: ${h[2]!.trim()}`)
      to += line.length + 1
    }
    const { step, url } = stepBefore(text, from)
    out.push({
      kind: 'http-response',
      from,
      to,
      text: text.slice(from, to),
      label: `an HTTP ${m[1]} response`,
      step: step ?? (m[1] === '401' ? 'discovery' : null),
      data: { status: Number(m[1]), url, headers },
    })
  }
  return out
}

export function findChallenges(text: string): RawClaim[] {
  const out: RawClaim[] = []
  for (const m of text.matchAll(WWW_AUTH)) {
    const value = (m[1] ?? m[2]!).replace(/[`*]+\s*$/, '').trim()
    const error = /error="?([a-z_]+)/i.exec(value)?.[1]
    out.push({
      kind: 'www-authenticate',
      from: m.index!,
      to: m.index! + m[0].length,
      text: m[0],
      label: 'a WWW-Authenticate challenge',
      step: error === 'invalid_token' || error === 'insufficient_scope' ? 'mcp' : 'discovery',
      data: { value },
    })
  }
  return out
}
