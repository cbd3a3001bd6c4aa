// Opening `#r=…` links: decode (never throws), then show the shared view or say what is wrong.
import { decodeShareLink } from '../../core/index.ts'
import { useApp } from '../store/index.ts'

export async function openLinkFromHash(hash: string): Promise<void> {
  if (!/^#r(=|%3d|%25)/i.test(hash)) return
  const decoded = await decodeShareLink(hash)
  if (decoded.ok) useApp.getState().setShared(decoded.value)
  else
    useApp.getState().setError('this shared link', {
      code: 'not-har',
      message: `${decoded.error.message} You can still analyze a capture of your own below.`,
    })
}
