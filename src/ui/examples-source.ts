// Where the bundled examples come from: next to the page (the normal build). The single-file
// build swaps in examples-source.single.ts, which carries them inside the page.
import type { Example } from './examples.ts'

export async function readIndex(): Promise<Example[]> {
  const r = await fetch('examples/index.json')
  return r.ok ? ((await r.json()) as Example[]) : []
}

export async function readExample(file: string): Promise<Blob | null> {
  const r = await fetch(`examples/${encodeURIComponent(file)}`).catch(() => null)
  return r?.ok ? r.blob() : null
}
