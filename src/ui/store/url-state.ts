// View state in the URL hash: `#example=<id>&entry=12`. Only view state, never a captured value;
// a shared report link (`#r=…`) is not view state and is left to the share code.
const ENTRY = /(?:^#|&)entry=(\d{1,7})(?:&|$)/
const EXAMPLE = /(?:^#|&)example=([a-z0-9][a-z0-9-]{0,79})(?:&|$)/

export function readEntryFromHash(hash: string): number | null {
  const m = ENTRY.exec(hash)
  return m ? Number(m[1]) : null
}

/** The bundled example named in the hash, so a reload opens it again. */
export function readExampleFromHash(hash: string): string | null {
  return EXAMPLE.exec(hash)?.[1] ?? null
}

export function isShareHash(hash: string): boolean {
  return /^#r(=|%3d|%25)/i.test(hash)
}

/** The hash for a view: the example (if the report came from one) and the selected entry. */
export function hashFor(exampleId: string | null, entry: number | null): string {
  const parts = [exampleId !== null && `example=${exampleId}`, entry !== null && `entry=${entry}`].filter(Boolean)
  return parts.length ? `#${parts.join('&')}` : ''
}
