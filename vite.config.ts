/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/** The production CSP (PRODUCT.md §3): nothing may leave the page. Dev mode needs Vite's inline
 * preamble, so the policy is injected into the built index.html only. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

/** Headers for a static host that lets you set them (Netlify and Cloudflare Pages read `_headers`).
 * A <meta> policy cannot carry `frame-ancestors`, so only a header stops other sites framing the
 * page; GitHub Pages sets no custom headers (README: Deploy). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
}

function headersFile(): Plugin {
  return {
    name: 'security-headers-file',
    apply: 'build',
    generateBundle() {
      const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)]
      this.emitFile({ type: 'asset', fileName: '_headers', source: `${lines.join('\n')}\n` })
    },
  }
}

function productionCsp(): Plugin {
  return {
    name: 'production-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  plugins: [react(), productionCsp(), headersFile()],
  base: './',
  worker: { format: 'es' },
  build: { outDir: 'dist', sourcemap: false },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'fixtures/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'dist-cli', 'e2e'],
    environment: 'node',
    // On a loaded 2-core machine a test that takes 1 s alone can take 10 s; the budget is explicit
    // and far above every test's own time, so a timeout means a hang, not a busy machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
