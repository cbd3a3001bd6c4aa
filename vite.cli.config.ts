import { defineConfig } from 'vite'

// Bundles the CLI (src/cli/main.ts + the pure core) into one Node ESM file for `npx mcp-oauth-har`.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'cli.js', banner: '#!/usr/bin/env node' } },
  },
  ssr: { noExternal: true },
})
