// `npm run build:single`: the whole app as one self-contained HTML file (dist-single/), for
// support desks that cannot host it: the worker and the examples ride inside, nothing is fetched.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { inlineSingleFile } from './scripts/inline-single-file.ts'

export default defineConfig({
  plugins: [react(), inlineSingleFile({ fileName: 'mcp-oauth-har.html', favicon: 'public/favicon.svg' })],
  base: './',
  publicDir: false,
  resolve: {
    alias: [
      { find: /^(.*)\/make-worker\.ts$/, replacement: '$1/make-worker.single.ts' },
      { find: /^(.*)\/examples-source\.ts$/, replacement: '$1/examples-source.single.ts' },
    ],
  },
  // A classic worker: Chrome refuses module workers from a file:// page's blob: URLs.
  worker: { format: 'iife' },
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { output: { codeSplitting: false } },
  },
})
