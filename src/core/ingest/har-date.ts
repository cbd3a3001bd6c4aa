// Tolerant ISO 8601 for `startedDateTime` (har-format.md §1.3 item 3): Z or ±hh:mm or ±hhmm,
// 0–7 fractional digits, empty or missing. Returns epoch milliseconds or null; never uses a clock.

const COMMON = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?\s*(Z|[+-]\d{2}:?\d{2})?$/i

export function parseHarDate(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v !== 'string' || v.trim() === '') return null
  // Fast path for the common exporter shape (Chrome, Playwright): milliseconds and Z.
  if (v.length === 24 && COMMON.test(v)) return Date.parse(v)
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
