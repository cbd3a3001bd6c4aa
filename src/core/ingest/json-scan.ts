// A small JSON scanner used only when JSON.parse fails or when entries must be read one at a
// time: it finds where a value ends, or where and why the text stops being JSON.
// Iterative (no recursion), so deep `_initiator.stack` chains cannot overflow the stack.

export type Scan = { ok: true; end: number } | { ok: false; at: number; reason: string; eof: boolean }

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const OPEN_OBJECT = 123
const OPEN_ARRAY = 91

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9
}

export function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++
  return i
}

/** `i` is at the opening quote; returns the index after the closing quote, or -1 at end of text. */
function skipString(s: string, i: number): number {
  for (let j = i + 1; j < s.length;) {
    const q = s.indexOf('"', j)
    if (q < 0) return -1
    let slashes = 0
    for (let k = q - 1; k > i && s.charCodeAt(k) === 92; k--) slashes++
    if (slashes % 2 === 0) return q + 1
    j = q + 1
  }
  return -1
}

/** RFC 8259 §7: valid escapes are consumed whole; any other backslash or a raw control character is not JSON. */
const STRING_PARTS = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})|(\\|[\u0000-\u001f])/g

/** The string from `i` (opening quote) to `end` (after the closing quote), checked. */
function checkString(s: string, i: number, end: number): Scan {
  for (const m of s.slice(i + 1, end - 1).matchAll(STRING_PARTS)) {
    if (m[1] === undefined) continue
    const reason = m[1] === '\\' ? 'an invalid escape in a string' : 'a control character inside a string'
    return { ok: false, at: i + 1 + m.index, reason, eof: false }
  }
  return { ok: true, end }
}

function fail(s: string, at: number, reason: string): Scan {
  return { ok: false, at, reason, eof: at >= s.length }
}

function scanScalar(s: string, i: number): Scan {
  const c = s[i]
  if (c === '"') {
    const end = skipString(s, i)
    return end < 0 ? fail(s, s.length, 'the text ends inside a string') : checkString(s, i, end)
  }
  for (const word of ['true', 'false', 'null']) {
    if (s.startsWith(word, i)) return { ok: true, end: i + word.length }
    if (word.startsWith(s.slice(i)) && i < s.length) return fail(s, s.length, 'the text ends inside a literal')
  }
  for (const word of ['NaN', 'Infinity', '-Infinity']) {
    if (s.startsWith(word, i)) return fail(s, i, `${word} is not valid JSON (Python exporters write it)`)
  }
  NUMBER.lastIndex = i
  const m = NUMBER.exec(s)
  if (m && m[0].length > 0 && m[0] !== '-') return { ok: true, end: i + m[0].length }
  return fail(s, i, `unexpected character ${JSON.stringify(c ?? '')}`)
}

/** After `{` or `,` inside an object: a property name and its colon. */
function scanKey(s: string, i: number): Scan {
  i = skipSpace(s, i)
  if (i >= s.length) return fail(s, i, 'the text ends where a property name was expected')
  if (s[i] !== '"') return fail(s, i, 'expected a property name in double quotes')
  const end = skipString(s, i)
  if (end < 0) return fail(s, s.length, 'the text ends inside a property name')
  const name = checkString(s, i, end)
  if (!name.ok) return name
  const colon = skipSpace(s, end)
  if (colon >= s.length) return fail(s, colon, "the text ends where ':' was expected")
  if (s[colon] !== ':') return fail(s, colon, "expected ':' after a property name")
  return { ok: true, end: colon + 1 }
}

/** Scans one JSON value starting at `start` (leading white space allowed). */
export function scanValue(s: string, start: number): Scan {
  const stack: number[] = []
  let i = start
  for (;;) {
    i = skipSpace(s, i)
    if (i >= s.length) return fail(s, i, 'the text ends where a value was expected')
    const c = s.charCodeAt(i)
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const close = c === OPEN_OBJECT ? '}' : ']'
      const inner = skipSpace(s, i + 1)
      if (s[inner] === close) {
        i = inner + 1
      } else {
        stack.push(c)
        if (c === OPEN_OBJECT) {
          const key = scanKey(s, i + 1)
          if (!key.ok) return key
          i = key.end
        } else {
          i = i + 1
        }
        continue
      }
    } else {
      const scalar = scanScalar(s, i)
      if (!scalar.ok) return scalar
      i = scalar.end
    }
    // A value is complete: close containers or move to the next member.
    for (;;) {
      const top = stack[stack.length - 1]
      if (top === undefined) return { ok: true, end: i }
      i = skipSpace(s, i)
      if (i >= s.length) return fail(s, i, `the text ends inside an ${top === OPEN_OBJECT ? 'object' : 'array'}`)
      const d = s[i]
      if (d === ',') {
        if (top === OPEN_OBJECT) {
          const key = scanKey(s, i + 1)
          if (!key.ok) return key
          i = key.end
        } else {
          i++
        }
        break
      }
      if ((top === OPEN_OBJECT && d === '}') || (top === OPEN_ARRAY && d === ']')) {
        stack.pop()
        i++
        continue
      }
      return fail(s, i, top === OPEN_OBJECT ? "expected ',' or '}'" : "expected ',' or ']'")
    }
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(s: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = s.indexOf('\n'); i >= 0 && i < offset; i = s.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}
