// Tolerant ISO 8601 for `startedDateTime` (har-format.md §1.3 item 3): Z or ±hh:mm or ±hhmm,
// 0–7 fractional digits, empty or missing. Returns epoch milliseconds or null; never uses a clock.

const COMMON = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?\s*(Z|[+-]\d{2}:?\d{2})?$/i

export function parseHarDate(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v !== 'string' || v.trim() === '') return null
  if (v.length === 24) {
    const t = commonShape(v)
    if (t !== null) return t
    if (COMMON.test(v)) return Date.parse(v)
  }
  const m = ISO.exec(v.trim())
  if (!m) {
    const t = Date.parse(v)
    return Number.isNaN(t) ? null : t
  }
  const [, day, time, fraction = '', zone = 'Z'] = m
  const ms = (fraction + '000').slice(0, 3)
  const tz = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone
  const seconds = time!.length === 5 ? `${time}:00` : time
  const t = Date.parse(`${day}T${seconds}.${ms}${tz}`)
  return Number.isNaN(t) ? null : t
}

/**
 * The common exporter shape (Chrome, Playwright), `2026-11-20T09:30:00.350Z`, read digit by digit:
 * the same instant as `Date.parse`, without its general parser. Days past 28 and out-of-range
 * fields go to `Date.parse` as before (engines differ on `02-31`).
 */
function commonShape(v: string): number | null {
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58)
    return null
  if (v.charCodeAt(16) !== 58 || v.charCodeAt(19) !== 46 || v.charCodeAt(23) !== 90) return null
  const year = digits(v, 0, 4)
  const month = digits(v, 5, 2)
  const day = digits(v, 8, 2)
  const hour = digits(v, 11, 2)
  const minute = digits(v, 14, 2)
  const second = digits(v, 17, 2)
  const ms = digits(v, 20, 3)
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 28) return null
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return null
  return Date.UTC(year, month - 1, day, hour, minute, second, ms)
}

/** The decimal number in `v[at, at + n)`, or -1 when a character is not a digit. */
function digits(v: string, at: number, n: number): number {
  let out = 0
  for (let i = at; i < at + n; i++) {
    const d = v.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    out = out * 10 + d
  }
  return out
}
