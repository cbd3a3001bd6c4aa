// "Did you mean …?" for mistyped commands and options: the closest known word within two edits.

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}

export function closest(word: string, known: readonly string[]): string | null {
  let best: string | null = null
  let bestD = Infinity
  for (const k of known) {
    const d = distance(word.toLowerCase(), k)
    if (d < bestD) [best, bestD] = [k, d]
  }
  return best !== null && bestD <= Math.max(1, Math.min(2, Math.floor(word.length / 3))) ? best : null
}
