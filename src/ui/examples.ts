// The bundled example captures (`public/examples/index.json`), fetched once for the start page,
// the compare panel and a reload that reopens an example named in the URL.
export interface Example {
  id: string
  title: string
  file: string
  description?: string
}

let index: Promise<Example[]> | null = null

export function getExamples(): Promise<Example[]> {
  index ??= fetch('examples/index.json')
    .then((r) => (r.ok ? (r.json() as Promise<Example[]>) : []))
    .catch(() => [])
  return index
}

export async function exampleById(id: string): Promise<Example | null> {
  return (await getExamples()).find((x) => x.id === id) ?? null
}
