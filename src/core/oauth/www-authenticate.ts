// RFC 9110 §11.6.1 challenge parsing: several challenges per header (Bearer + DPoP), quoted
// strings with commas and spaces, several WWW-Authenticate headers (mcp-oauth-rules.md §5 item 14).

export interface Challenge {
  scheme: string
  params: Record<string, string>
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y

export function parseChallenges(headerValues: readonly string[]): Challenge[] {
  const out: Challenge[] = []
  for (const value of headerValues) parseOne(value, out)
  return out
}

function parseOne(s: string, out: Challenge[]): void {
  let i = 0
  let current: Challenge | null = null
  const skip = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === ',')) i++
  }
  while (i < s.length) {
    skip()
    TOKEN.lastIndex = i
    const m = TOKEN.exec(s)
    if (!m) {
      i++
      continue
    }
    const word = m[0]
    i = TOKEN.lastIndex
    let j = i
    while (s[j] === ' ' || s[j] === '\t') j++
    if (s[j] === '=' && s[j + 1] !== '=' && current) {
      // auth-param
      j++
      while (s[j] === ' ' || s[j] === '\t') j++
      let value = ''
      if (s[j] === '"') {
        j++
        while (j < s.length && s[j] !== '"') {
          if (s[j] === '\\' && j + 1 < s.length) j++
          value += s[j]
          j++
        }
        j++
      } else {
        const start = j
        while (j < s.length && s[j] !== ',' && s[j] !== ' ') j++
        value = s.slice(start, j)
      }
      current.params[word.toLowerCase()] = value
      i = j
    } else if (s[j] === '=' && current) {
      // token68 (e.g. `Basic abc==`)
      while (j < s.length && s[j] !== ',') j++
      i = j
    } else {
      current = { scheme: word, params: {} }
      out.push(current)
    }
  }
}

export function bearerChallenge(headerValues: readonly string[]): Challenge | null {
  const all = parseChallenges(headerValues)
  return (
    all.find((c) => c.scheme.toLowerCase() === 'bearer') ?? all.find((c) => c.scheme.toLowerCase() === 'dpop') ?? null
  )
}
