// The bundled example captures (`public/examples/index.json`), read once for the start page,
// the compare panel and a reload that reopens an example named in the URL.
import { readExample, readIndex } from './examples-source.ts'

export interface Example {
  id: string
  title: string
  file: string
  description?: string
}

let index: Promise<Example[]> | null = null

export function getExamples(): Promise<Example[]> {
  index ??= readIndex().catch(() => [])
  return index
}

export async function exampleById(id: string): Promise<Example | null> {
  return (await getExamples()).find((x) => x.id === id) ?? null
}

export function exampleFile(file: string): Promise<Blob | null> {
  return readExample(file).catch(() => null)
}
