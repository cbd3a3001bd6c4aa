// One regular expression from alternatives written one per line, so long patterns stay readable
// (and within the line width). Each piece is a whole alternative: `anyOf('gi', /a/, /b/)` is /a|b/gi.
export function anyOf(flags: string, ...pieces: (RegExp | string)[]): RegExp {
  return new RegExp(pieces.map((p) => (typeof p === 'string' ? p : p.source)).join('|'), flags)
}
