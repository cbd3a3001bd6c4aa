// Typed readers for untrusted JSON from a link: each checks one value and throws `Invalid` with
// where it is, so restore-shared.ts reads like the shape it accepts. Strings are capped and cleaned
// of invisible and bidi control characters, hosts shown in punycode (link-text.ts).
import { cleanLinkText } from './link-text.ts'

export const MAX_STRING = 4_000
export const MAX_ITEMS = 1_000

export class Invalid extends Error {}

export type O = Record<string, unknown>
export const obj = (v: unknown, at: string): O => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(`${at} is not an object`)
  return v as O
}
export const arr = (v: unknown, at: string): unknown[] => {
  if (!Array.isArray(v)) throw new Invalid(`${at} is not a list`)
  if (v.length > MAX_ITEMS) throw new Invalid(`${at} has too many items`)
  return v
}
export const str = (v: unknown, at: string): string => {
  if (typeof v !== 'string') throw new Invalid(`${at} is not text`)
  if (v.length > MAX_STRING) throw new Invalid(`${at} is too long`)
  return cleanLinkText(v)
}
export const strOrNull = (v: unknown, at: string): string | null => (v === null || v === undefined ? null : str(v, at))
export const num = (v: unknown, at: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Invalid(`${at} is not a number`)
  return v
}
export const numOrNull = (v: unknown, at: string): number | null => (v === null || v === undefined ? null : num(v, at))
export const bool = (v: unknown, at: string): boolean => {
  if (typeof v !== 'boolean') throw new Invalid(`${at} is not true/false`)
  return v
}
export function oneOf<T extends string>(v: unknown, allowed: readonly T[], at: string): T {
  if (typeof v !== 'string' || !allowed.includes(v as T)) throw new Invalid(`${at} has an unknown value`)
  return v as T
}
export function oneOfOrNull<T extends string>(v: unknown, allowed: readonly T[], at: string): T | null {
  return v === null || v === undefined ? null : oneOf(v, allowed, at)
}
