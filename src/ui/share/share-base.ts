// Where a share link points. Links use the app's own address; on a loopback or file:// origin that
// address opens only on this machine, so the user may set the public address of their deployment
// (remembered in this browser). The fragment never reaches any server either way.
const KEY = 'mcp-oauth-har:share-base'

/** True when links made here open only on this machine. */
export function isLocalOrigin(href: string): boolean {
  try {
    const u = new URL(href)
    if (u.protocol === 'file:') return true
    const host = u.hostname.replace(/^\[|\]$/g, '')
    return (
      host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0'
    )
  } catch {
    return true
  }
}

/** A usable public address (http or https, no fragment), or null. */
export function normalizeBase(input: string): string | null {
  try {
    const u = new URL(input.trim())
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null
    u.hash = ''
    return u.href
  } catch {
    return null
  }
}

export function pageBase(href: string): string {
  return href.split('#')[0]!
}

export function rememberedBase(): string | null {
  try {
    return normalizeBase(localStorage.getItem(KEY) ?? '')
  } catch {
    return null
  }
}

export function rememberBase(base: string | null): void {
  try {
    if (base) localStorage.setItem(KEY, base)
    else localStorage.removeItem(KEY)
  } catch {
    /* storage disabled: the address lasts for this page only */
  }
}
