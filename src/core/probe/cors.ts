// What a browser-based client (MCP Inspector's web UI, web apps calling MCP with fetch) would be
// denied by CORS. Invisible in captures of desktop and server-side clients, so only a probe shows it.
import type { ProbeStepRecord } from './types.ts'

const header = (s: ProbeStepRecord, name: string) =>
  s.response.headers.find((x) => x.name.toLowerCase() === name)?.value

function allowsOrigin(s: ProbeStepRecord, origin: string): boolean {
  const v = header(s, 'access-control-allow-origin')?.trim()
  return v === '*' || v === origin
}

function listIncludes(value: string | undefined, wanted: string): boolean {
  return (value ?? '')
    .split(',')
    .map((x) => x.trim().toLowerCase())
    .some((x) => x === '*' || x === wanted)
}

export interface CorsProblem {
  step: ProbeStepRecord
  entry: number
  side: 'mcp-server' | 'authorization-server'
  sentence: string
}

const MCP_SIDE = new Set(['mcp-2026', 'mcp-initialize', 'mcp-preflight', 'prm-pointer', 'prm-path', 'prm-root'])

/** One sentence per request a browser would see fail. `entryOf` maps a step to its final exchange. */
export function corsProblems(
  steps: readonly ProbeStepRecord[],
  origin: string,
  entryOf: (i: number) => number,
): CorsProblem[] {
  const out: CorsProblem[] = []
  steps.forEach((s, i) => {
    if (s.response.failure || s.request.step === 'registration') return
    const side = MCP_SIDE.has(s.request.step) ? 'mcp-server' : 'authorization-server'
    const add = (sentence: string) => out.push({ step: s, entry: entryOf(i), side, sentence })
    if (s.request.method === 'OPTIONS') {
      const { status } = s.response
      const authFirst = status === 401 ? ' (authentication runs before CORS)' : ''
      if (status < 200 || status >= 300) return add(`the preflight to ${s.request.url} answered ${status}${authFirst}`)
      if (!allowsOrigin(s, origin)) return add(`the preflight to ${s.request.url} does not allow origin ${origin}`)
      const asked = s.request.headers.find((x) => x.name === 'access-control-request-headers')?.value ?? ''
      const wanted = asked.split(',').filter(Boolean)
      const allowed = header(s, 'access-control-allow-headers')
      // `*` does not cover Authorization (Fetch §3.2.3), so it must be named.
      const named = allowed?.replace(/\*/g, '')
      const missing = wanted.filter(
        (w) => !listIncludes(allowed, w) || (w === 'authorization' && !listIncludes(named, w)),
      )
      const plural = missing.length > 1 ? 's' : ''
      if (missing.length) {
        add(`the preflight to ${s.request.url} does not allow the header${plural} ${missing.join(', ')}`)
      }
      return
    }
    // Only responses a client must read: the 401 challenge and the metadata documents.
    const relevant = s.response.status === 401 || s.response.status === 200
    if (relevant && !allowsOrigin(s, origin)) {
      add(
        `${s.request.method} ${s.request.url} answered ${s.response.status} without Access-Control-Allow-Origin ` +
          `for ${origin}, so a browser hides the response`,
      )
    }
  })
  return out
}

/** The exchanges a browser client depends on, for the finding's evidence. */
export function entriesOf(problems: readonly CorsProblem[]): number[] {
  return problems.map((p) => p.entry)
}
