/**
 * End-to-end tests run against the site already built in `dist/` (`npm run build`), served by
 * `e2e/serve.ts` under the same base path as the build (BASE_PATH). They never build.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const chromiumCandidates = [process.env['CHROME_PATH'], '/usr/bin/chromium'];
const executablePath = chromiumCandidates.find((path) => path && existsSync(path));
if (!executablePath) {
  throw new Error('No Chromium found: install it with `apt-get install chromium` or set CHROME_PATH');
}

// E2E_PORT lets several checkouts run their suites side by side (each serves its own dist/).
const port = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node e2e/serve.ts',
    url: `http://127.0.0.1:${port}${(process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/')}`,
    env: { PORT: String(port) },
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
