/**
 * Puts the newsroom fixture site together and builds it into `dist-newsroom/`, as an editor would:
 * `e2e/fixtures/newsroom/content/` (the site file and two stories) with the toll story
 * (`e2e/fixtures/toll-story/content/`) as its third, `stories/harbour-toll/`, copied to a folder
 * of its own (`node_modules/.cache/dateline/newsroom/content/`, so the fixture stays as written),
 * then `npm start -- --no-serve` on it under the base path `/news/`: ingest and extract each story, build the site.
 * `npm run test:e2e:newsroom` runs it before the browser tests of that site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = join(root, 'node_modules/.cache/dateline/newsroom/content');
/** The base path the site is built under (`npm run test:e2e:newsroom` serves it there). */
const newsroomBase = '/news';

rmSync(content, { recursive: true, force: true });
cpSync(join(root, 'e2e/fixtures/newsroom/content'), content, { recursive: true });
cpSync(join(root, 'e2e/fixtures/toll-story/content'), join(content, 'stories/harbour-toll'), { recursive: true });

// Under a base path, as a newsroom's site often is (a project site, a section of a larger site):
// every link of the stories and of the site's own pages must carry it.
const run = spawnSync(
  process.execPath,
  [join(root, 'src/cli/start.ts'), '--no-serve', '--strict', '--outDir', 'dist-newsroom'],
  { cwd: root, env: { ...process.env, DATELINE_CONTENT: content, BASE_PATH: newsroomBase }, stdio: 'inherit' },
);
if (run.status !== 0) {
  console.error(`build-newsroom: npm start -- --no-serve failed (exit ${run.status})`);
  process.exit(1);
}
