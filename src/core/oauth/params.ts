// Query and form parameters parsed from the raw URL and body text, never from an exporter's
// pre-decoded `queryString`/`params` (Chrome and Firefox already percent-decode those;
// mcp-oauth-rules.md §5 item 7). Multi-valued: `resource` may legitimately repeat.

export type Params = ReadonlyArray<readonly [name: string, value: string]>

/** Percent-decoding with form semantics (`+` is a space); malformed escapes are kept as written. */
export function formDecode(s: string): string {
  const spaced = s.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    return spaced.replace(/%[0-9a-fA-F]{2}/g, (m) => {
      try {
        return decodeURIComponent(m)
      } catch {
        return m
      }
    })
  }
}

export function parseForm(text: string | null | undefined): Params {
  if (!text) return []
  const out: [string, string][] = []
  for (const part of text.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const name = formDecode(eq < 0 ? part : part.slice(0, eq))
    out.push([name, eq < 0 ? '' : formDecode(part.slice(eq + 1))])
  }
  return out
}

export function queryOf(url: string): string {
  const q = url.indexOf('?')
  if (q < 0) return ''
  const h = url.indexOf('#', q)
  return url.slice(q + 1, h < 0 ? undefined : h)
}

export function fragmentOf(url: string): string {
  const h = url.indexOf('#')
  return h < 0 ? '' : url.slice(h + 1)
}

export function parseQuery(url: string): Params {
  return parseForm(queryOf(url))
}

/** URL without query and fragment — the "endpoint" part used to match metadata. */
export function endpointOf(url: string): string {
  // Hot path (called for every entry of large captures): native searches, at most one slice.
  let end = url.indexOf('?')
  const hash = url.indexOf('#')
  if (hash >= 0 && (end < 0 || hash < end)) end = hash
  return end < 0 ? url : url.slice(0, end)
}

/**
 * `endpoints.has(endpointOf(url))` for a set of endpoints (no query or fragment), without cutting
 * the URL: a few endpoints are compared in place, most URLs differing within a few characters.
 */
export function hasEndpoint(endpoints: ReadonlySet<string>, url: string): boolean {
  if (endpoints.size === 0) return false
  if (endpoints.size > 8) return endpoints.has(endpointOf(url))
  for (const e of endpoints) {
    if (!url.startsWith(e)) continue
    const next = url.charCodeAt(e.length)
    if (Number.isNaN(next) || next === 63 || next === 35) return true
  }
  return false
}

export function getParam(p: Params, name: string): string | undefined {
  return p.find(([n]) => n === name)?.[1]
}

export function getAll(p: Params, name: string): string[] {
  return p.filter(([n]) => n === name).map(([, v]) => v)
}

export function hasParam(p: Params, name: string): boolean {
  return p.some(([n]) => n === name)
}

/** `{origin, path}` of an absolute URL, or null; no WHATWG URL normalization is applied. */
export function splitUrl(url: string): { scheme: string; host: string; port: string; path: string } | null {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)(?::(\d*))?([^?#]*)/.exec(url)
  if (!m) return null
  return { scheme: m[1]!, host: m[3]!, port: m[4] ?? '', path: m[5] ?? '' }
}

export function originOf(url: string): string | null {
  const u = splitUrl(url)
  if (!u) return null
  return `${u.scheme.toLowerCase()}://${u.host.toLowerCase()}${u.port ? ':' + u.port : ''}`
}

export function hostOf(url: string): string | null {
  return splitUrl(url)?.host.toLowerCase() ?? null
}

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || /^127\./.test(host)
}
