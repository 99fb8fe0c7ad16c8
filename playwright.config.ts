/**
 * End-to-end tests run against a site already built (they never build it), served by
 * `e2e/serve.ts` under the base path the build was made for. There are two runs, two projects:
 *
 * - `root`: the site built at `/` into `dist/` (`npm run build && npm run test:e2e`). Every test runs.
 * - `base-path`: the site built under `BASE_PATH=/dateline` into `dist-base/` (`npm run test:e2e:base`,
 *   which builds it first). Only tests tagged `@base` run: the ones whose outcome depends on the base
 *   path (internal links and assets, feeds and sitemap URLs, canonical and share-image URLs, search
 *   result links, redirects). Tag a test, or a whole spec with `test.describe('…', { tag: '@base' }, …)`,
 *   when it checks a URL the site builds; leave it untagged when it checks behaviour that a base path
 *   cannot change (themes, keyboard, print, accessibility).
 *
 * - `newsroom`: the fixture site of three stories (`e2e/build-newsroom.ts` builds it into
 *   `dist-newsroom/`; `npm run test:e2e:newsroom`, with `E2E_SITE=newsroom`). Tests tagged `@sites`
 *   (the crawls that hold for every site: axe, HTML validity, links) and `@newsroom` (what a site of
 *   several stories shows) run; `@newsroom` tests run nowhere else.
 *
 * `DIST_DIR` names the built site (default `dist/`) and `BASE_PATH` its base; `npm` scripts set both.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const chromiumCandidates = [process.env['CHROME_PATH'], '/usr/bin/chromium'];
const executablePath = chromiumCandidates.find((path) => path && existsSync(path));
if (!executablePath) {
  throw new Error('No Chromium found: install it with `apt-get install chromium` or set CHROME_PATH');
}

const basePath = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const subPath = basePath !== '/';
const newsroom = process.env['E2E_SITE'] === 'newsroom';
/** The run: its project name, which tests it runs, and its port. */
const run = newsroom
  ? // Only these files load: the others read the first story's content as they load.
    {
      name: 'newsroom',
      grep: /@sites|@newsroom/,
      grepInvert: undefined,
      port: 4324,
      testMatch: /\/(page-crawl|html-validate|links|newsroom)\.spec\.ts$/,
    }
  : subPath
    ? { name: 'base-path', grep: /@base/, grepInvert: /@newsroom/, port: 4323 }
    : { name: 'root', grep: /.*/, grepInvert: /@newsroom/, port: 4322 };
// Each run has its own port, so a server left from one run is never taken for the other's.
// E2E_PORT lets two checkouts run their suites side by side without one reusing the other's server.
const port = Number(process.env['E2E_PORT'] ?? run.port);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  // One worker per CPU: most tests are a browser page each, and Chromium spreads over the cores.
  workers: '100%',
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: run.name,
      grep: run.grep,
      ...(run.grepInvert ? { grepInvert: run.grepInvert } : {}),
      ...('testMatch' in run ? { testMatch: run.testMatch } : {}),
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
    url: `http://127.0.0.1:${port}${basePath}`,
    env: { PORT: String(port) },
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
