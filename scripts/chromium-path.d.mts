export const chromiumArgs: readonly string[]
export function chromiumCandidates(): string[]
export function findChromium(): string | undefined
