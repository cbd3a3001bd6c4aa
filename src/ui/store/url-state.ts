// View state in the URL hash (`#entry=12`), written with history.replaceState. Only view state:
// never a captured value. A shared report link (`#r=…`) is left alone.
import { useApp } from './index.ts'

export function readEntryFromHash(hash: string): number | null {
  const m = /(?:^#|&)entry=(\d{1,7})(?:&|$)/.exec(hash)
  return m ? Number(m[1]) : null
}

export function syncSelectionToUrl(): () => void {
  return useApp.subscribe((s, prev) => {
    if (s.selectedEntry === prev.selectedEntry) return
    if (/^#r=/.test(location.hash)) return
    const hash = s.selectedEntry === null ? '' : `#entry=${s.selectedEntry}`
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`)
  })
}
