// A public server must not steer the probe into the user's own network (SSRF): metadata URLs and
// redirects that lead from a public host to a loopback, private or link-local address are refused.
// Judged on the URL's host as written; a public name that resolves to a private address is not caught.
import { hostOf } from '../oauth/params.ts'

export function isPrivateHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '')
  if (h === 'localhost' || h.endsWith('.localhost') || h === '0.0.0.0' || h === '::' || h === '::1') return true
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(h)
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])]
    return (
      a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
    )
  }
  // IPv6 unique-local (fc00::/7) and link-local (fe80::/10).
  return /^f[cd][0-9a-f]{2}:/.test(h) || /^fe[89ab][0-9a-f]:/.test(h)
}

/** The sentence refusing `url`, when `from` is public and `url` is not; null when the request may go. */
export function refusePrivate(from: string, url: string): string | null {
  const a = hostOf(from)
  const b = hostOf(url)
  if (!a || !b || isPrivateHost(a) || !isPrivateHost(b)) return null
  return `${url} is a private or loopback address, named by the public ${a}; not requested (--allow-private to allow).`
}
