/**
 * Puts the newsroom fixture site together and builds it into `dist-newsroom/`, as an editor would:
 * `e2e/fixtures/newsroom/content/` (the site file and two stories) with the toll story
 * (`e2e/fixtures/toll-story/content/`) as its third, `stories/harbour-toll/`, copied to a folder
 * of its own (`node_modules/.cache/dateline/newsroom/content/`, so the fixture stays as written),
 * then `npm run ingest`, `npm run extract` and `npm run build` on it, every story at once.
 * `npm run test:e2e:newsroom` runs it before the browser tests of that site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = join(root, 'node_modules/.cache/dateline/newsroom/content');

rmSync(content, { recursive: true, force: true });
cpSync(join(root, 'e2e/fixtures/newsroom/content'), content, { recursive: true });
cpSync(join(root, 'e2e/fixtures/toll-story/content'), join(content, 'stories/harbour-toll'), { recursive: true });

const env = { ...process.env, DATELINE_CONTENT: content };
for (const [script, ...args] of [
  ['src/cli/ingest.ts'],
  ['src/cli/extract.ts'],
  ['src/cli/build.ts', '--outDir', 'dist-newsroom'],
]) {
  const run = spawnSync(process.execPath, [join(root, script!), ...args], { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`build-newsroom: ${script} ${args.join(' ')} failed (exit ${run.status})`);
    process.exit(1);
  }
}
