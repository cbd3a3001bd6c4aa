// Single-file build: the examples are part of the page, because a page opened from file:// may
// not fetch anything.
import type { Example } from './examples.ts'
import index from '../../public/examples/index.json'

const files = import.meta.glob<string>('../../public/examples/*.har', { query: '?raw', import: 'default', eager: true })

export async function readIndex(): Promise<Example[]> {
  return index as Example[]
}

export async function readExample(file: string): Promise<Blob | null> {
  const text = files[`../../public/examples/${file}`]
  return text === undefined ? null : new Blob([text], { type: 'application/json' })
}
