// Which redirects the probe follows: the rules a client's fetch follows (WHATWG Fetch §4.4
// "HTTP-redirect fetch"), plus the two an OAuth client must add (no https → http downgrade; a
// bounded chain). Pure, so the Node runner and the tests share one decision.
import type { ProbeFailure } from './types.ts'
import { refusePrivate } from './private-hosts.ts'

export const MAX_REDIRECTS = 5

export type RedirectDecision =
  { follow: true; url: string; method: string; keepBody: boolean } | { follow: false; failure: ProbeFailure | null }

function resolve(location: string, base: string): string | null {
  try {
    return new URL(location, base).href
  } catch {
    return null
  }
}

/** `seen` holds every URL asked so far in this chain, the first request's included. */
export function decideRedirect(
  status: number,
  location: string | undefined,
  from: string,
  method: string,
  seen: readonly string[],
  allowPrivate = false,
): RedirectDecision {
  const stop = (kind: ProbeFailure['kind'], message: string): RedirectDecision => ({
    follow: false,
    failure: { kind, message },
  })
  if (![301, 302, 303, 307, 308].includes(status)) return { follow: false, failure: null }
  if (!location) return { follow: false, failure: null }
  const url = resolve(location, from)
  if (!url || !/^https?:/.test(url)) {
    return stop('redirect-refused', `${from} redirects to ${JSON.stringify(location)}, which is not an http(s) URL.`)
  }
  const intoPrivate = allowPrivate ? null : refusePrivate(from, url)
  if (intoPrivate) return stop('private-address', intoPrivate)
  const requests = `${seen.length} request${seen.length === 1 ? '' : 's'}`
  if (seen.includes(url)) {
    return stop('redirect-loop', `${from} redirects in a loop (back to ${url} after ${requests}).`)
  }
  if (seen.length > MAX_REDIRECTS) {
    return stop('too-many-redirects', `${seen[0]} redirected more than ${MAX_REDIRECTS} times; clients give up too.`)
  }
  if (from.startsWith('https:') && url.startsWith('http:')) {
    const why = `${from} redirects from https to plain http (${url}); clients must not follow a downgrade.`
    return stop('redirect-refused', why)
  }
  // Fetch turns POST into GET on 301/302/303; 307/308 keep the method and body.
  const toGet = status === 303 || ((status === 301 || status === 302) && method === 'POST')
  return { follow: true, url, method: toGet ? 'GET' : method, keepBody: !toGet }
}
