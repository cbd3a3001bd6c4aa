// The vendor table says what `aud` is without `resource` in a few words; the rules say it after
// "<vendor> then issues". This makes every table phrase read as that sentence's object.

/** "opaque token" → "opaque tokens", "the resource id" → "`aud` = the resource id", … */
export function issuedPhrase(withoutResource: string): string {
  const s = withoutResource.trim()
  if (/^opaque token$/i.test(s)) return 'opaque tokens'
  if (/^(not|without) /i.test(s)) return `tokens ${s}`
  if (/^empty /i.test(s)) return `an ${s}`
  if (/^(the |\[)/i.test(s)) return `\`aud\` = ${s}`
  return s
}
