// Writes a synthetic capture of about `targetMb` MB: the Copilot Studio × WorkOS proxy story
// spread among ~40,000 noise entries with bodies (scripts, JSON APIs, HTML), the way a long
// "Preserve log" session looks.
import { closeSync, openSync, writeSync } from 'node:fs'
import { STORIES } from '../fixtures/builder/stories.ts'
import { entry } from '../fixtures/builder/har.ts'

const HEADERS = {
  'accept-language': 'en-GB,en;q=0.9',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'sec-fetch-mode': 'cors',
  'sec-fetch-site': 'same-site',
  referer: 'https://app.example.org/',
}

/** A small JSON API call (the bodies stay inline, under 1 kB): what a long SPA session is made of. */
function smallEntry(i: number, index: number) {
  const text = JSON.stringify({
    id: i,
    name: `item ${i}`,
    tags: ['a', 'b', 'c'],
    updated: '2026-11-20T09:30:00Z',
    owner: { id: i % 97, name: 'owner' },
  })
  return entry(
    {
      url: `https://api.example.org/v1/items/${i}?include=owner`,
      status: 200,
      requestHeaders: { accept: 'application/json', ...HEADERS },
      responseHeaders: {
        'cache-control': 'no-store',
        'x-request-id': `req-${i.toString(36)}-${(i * 7919).toString(36)}`,
        server: 'envoy',
        date: 'Fri, 20 Nov 2026 09:30:00 GMT',
      },
      responseBody: { mimeType: 'application/json', text },
    },
    index,
  )
}

/** `shape` 'bodies': noise entries with large bodies; 'small': only small JSON entries (`noiseEntries` of them). */
export function writeBenchCapture(
  path: string,
  targetMb = 100,
  noiseEntries = 40_000,
  shape: 'bodies' | 'small' = 'bodies',
): { bytes: number; entries: number } {
  const story = STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!
  const flow = story.har.log.entries as object[]
  const bodyBytes = Math.max(200, Math.floor((targetMb * 1_000_000) / noiseEntries) - 700)
  const filler = 'abcdefghijklmnopqrstuvwxyz0123456789 '.repeat(Math.ceil(bodyBytes / 37)).slice(0, bodyBytes)
  const fd = openSync(path, 'w')
  let bytes = 0
  const write = (s: string) => {
    bytes += writeSync(fd, s)
  }
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
    const noise =
      shape === 'small'
        ? smallEntry(i, index)
        : entry(
            kind === 0
              ? {
                  url: `https://cdn.example.net/assets/chunk-${i}.js`,
                  status: 200,
                  responseBody: { mimeType: 'application/javascript', text: `/* ${i} */ ${filler}` },
                }
              : kind === 1
                ? {
                    url: `https://api.example.org/v1/items/${i}?page=${i % 50}`,
                    status: 200,
                    requestHeaders: { accept: 'application/json' },
                    responseBody: { mimeType: 'application/json', text: JSON.stringify({ id: i, text: filler }) },
                  }
                : {
                    url: `https://www.example.org/docs/${i}`,
                    status: 200,
                    resourceType: 'document',
                    responseBody: { mimeType: 'text/html', text: `<html><body>${filler}</body></html>` },
                  },
            index,
          )
    write((index ? ',\n' : '') + JSON.stringify(noise))
    index++
  }
  write('\n]}}\n')
  closeSync(fd)
  return { bytes, entries: index }
}
