import { readFileSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

const PORT = 4173

/**
 * Debian's Chromium (Playwright's own browser download is not possible on our machines), with the
 * flags that keep it off the network; shared with the Lighthouse check and the benchmark.
 */
export const chromiumLaunchOptions: { executablePath: string; args: string[] } = JSON.parse(
  readFileSync(new URL('./tools/chromium.json', import.meta.url), 'utf8'),
)

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Tests run against the production build, as readers get it.
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
