// Vite plugin for `npm run build:single`: folds the entry script and the stylesheet into the
// HTML page, inlines the favicon, and writes a Content-Security-Policy that allows exactly those
// inline blocks (by hash) and the blob: worker — nothing may be fetched, so it works from file://.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import type { OutputAsset, OutputChunk } from 'rolldown'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
/** `</script` inside the code would end the inline block early. */
const safeScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1')
const safeStyle = (css: string) => css.replace(/<\/(style)/gi, '<\\/$1')
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function singleFileCsp(scriptHash: string, styleHash: string): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHash}`,
    `style-src ${styleHash}`,
    'worker-src blob:',
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

export function inlineSingleFile({ fileName, favicon }: { fileName: string; favicon: string }): Plugin {
  return {
    name: 'inline-single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const assets = Object.values(bundle).filter((f): f is OutputAsset => f.type === 'asset')
      const page = assets.find((f) => f.fileName.endsWith('.html'))
      if (!page) throw new Error('inline-single-file: no HTML page in the bundle')
      let html = String(page.source)
      const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk')
      if (chunks.length !== 1) throw new Error(`inline-single-file: expected one script chunk, got ${chunks.length}`)
      const code = safeScript(chunks[0]!.code)
      const css = assets
        .filter((f) => f.fileName.endsWith('.css'))
        .map((f) => safeStyle(String(f.source)))
        .join('\n')
      const entryTag = new RegExp(`<script[^>]*src="[^"]*${escapeRe(chunks[0]!.fileName)}"[^>]*></script>`)
      html = html.replace(entryTag, () => '')
      html = html.replace(/<link[^>]*rel="stylesheet"[^>]*>/g, '')
      html = html.replace(/<link[^>]*rel="modulepreload"[^>]*>/g, '')
      const icon = `data:image/svg+xml;base64,${Buffer.from(readFileSync(favicon)).toString('base64')}`
      html = html.replace(/(<link rel="icon" href=")[^"]*(")/, `$1${icon}$2`)
      const csp = singleFileCsp(sha256(code), sha256(css))
      html = html
        .replace('<head>', () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`)
        .replace('</head>', () => `    <style>${css}</style>\n  </head>`)
        .replace('</body>', () => `    <script type="module">${code}</script>\n  </body>`)
      for (const f of Object.keys(bundle)) delete bundle[f]
      this.emitFile({ type: 'asset', fileName, source: html })
    },
  }
}
