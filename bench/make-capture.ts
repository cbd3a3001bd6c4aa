// Writes a synthetic capture of about `targetMb` MB: the Copilot Studio × WorkOS proxy story
// spread among ~40,000 noise entries with bodies (scripts, JSON APIs, HTML), the way a long
// "Preserve log" session looks.
import { closeSync, openSync, writeSync } from 'node:fs'
import { STORIES } from '../fixtures/builder/stories.ts'
import { entry } from '../fixtures/builder/har.ts'

export function writeBenchCapture(path: string, targetMb = 100, noiseEntries = 40_000): { bytes: number; entries: number } {
  const story = STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!
  const flow = story.har.log.entries as object[]
  const bodyBytes = Math.max(200, Math.floor((targetMb * 1_000_000) / noiseEntries) - 700)
  const filler = 'abcdefghijklmnopqrstuvwxyz0123456789 '.repeat(Math.ceil(bodyBytes / 37)).slice(0, bodyBytes)
  const fd = openSync(path, 'w')
  let bytes = 0
  const write = (s: string) => { bytes += writeSync(fd, s) }
  write('{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[\n')
  const every = Math.floor(noiseEntries / flow.length)
  let index = 0
  let flowAt = 0
  for (let i = 0; i < noiseEntries; i++) {
    if (i % every === every >> 1 && flowAt < flow.length) {
      write((index ? ',\n' : '') + JSON.stringify(flow[flowAt++]))
      index++
    }
    const kind = i % 3
    const noise = entry(
      kind === 0
        ? { url: `https://cdn.example.net/assets/chunk-${i}.js`, status: 200, responseBody: { mimeType: 'application/javascript', text: `/* ${i} */ ${filler}` } }
        : kind === 1
          ? { url: `https://api.example.org/v1/items/${i}?page=${i % 50}`, status: 200, requestHeaders: { accept: 'application/json' }, responseBody: { mimeType: 'application/json', text: JSON.stringify({ id: i, text: filler }) } }
          : { url: `https://www.example.org/docs/${i}`, status: 200, resourceType: 'document', responseBody: { mimeType: 'text/html', text: `<html><body>${filler}</body></html>` } },
      index,
    )
    write((index ? ',\n' : '') + JSON.stringify(noise))
    index++
  }
  write('\n]}}\n')
  closeSync(fd)
  return { bytes, entries: index }
}
