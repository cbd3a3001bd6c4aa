import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './scripts/chromium-path.mjs'

// End-to-end tests run against the production build (vite preview), in Debian's Chromium.
// scripts/e2e.mjs (npm test, npm run test:e2e) sets E2E_PORT to a free port; 4173 for a bare
// `npx playwright test`.
const port = Number(process.env.E2E_PORT || 4173)
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: findChromium(),
      args: [...chromiumArgs, '--disable-quic'],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
