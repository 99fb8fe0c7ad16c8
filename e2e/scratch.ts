/**
 * Scratch copies of the project for tests that need their own content or their own git history:
 * the code is copied, the content is whatever the test writes, and the built `dist/` is served to
 * the browser through request routing, so no second server or port is needed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildSync, copyProject, root } from '../bench/temp-project.ts';

/** A scratch project: its directory, and helpers to write files, commit and build. */
export type Scratch = {
  dir: string;
  write: (path: string, text: string) => void;
  git: (args: string[], date?: Date) => string;
  /** Runs one of the copy's command-line tools (`src/cli/….ts`) in it: its standard output, or an error with all it printed. */
  run: (script: string, ...args: string[]) => string;
  build: () => { status: number | null; output: string };
  remove: () => void;
};

/**
 * A copy of the project's code and config with only `content/story.yaml` and the files given.
 * Each package in node_modules is linked one by one (`copyProject`), so the copy's caches
 * (`node_modules/.astro`, `.vite`) are its own and copies can build while another build runs.
 */
export function scratchProject(files: Record<string, string>): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-scratch-'));
  copyProject(dir);
  cpSync(join(root, 'content/story.yaml'), join(dir, 'content/story.yaml'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  write('.gitignore', 'node_modules/\ndist/\n.astro/\n');
  // Never the git of a directory around the scratch copy, nor the user's configuration.
  const gitEnv = {
    GIT_CEILING_DIRECTORIES: dirname(dir),
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_SYSTEM: '/dev/null',
  };
  return {
    dir,
    write,
    git(args, date) {
      const stamp = date ? { GIT_AUTHOR_DATE: date.toISOString(), GIT_COMMITTER_DATE: date.toISOString() } : {};
      const r = spawnSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ...gitEnv, ...stamp },
      });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
      return r.stdout;
    },
    run(script, ...args) {
      const r = spawnSync(process.execPath, [join(dir, script), ...args], { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0)
        throw new Error(`${script} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
      return r.stdout;
    },
    build: () => buildSync(dir, gitEnv),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Origin the browser reaches a scratch build at; requests to it are answered from its `dist/`. */
export const scratchOrigin = 'http://scratch.test';

/**
 * Serves a scratch build's `dist/` (or another folder of its builds, `folder`) to `page` at
 * {@link scratchOrigin}, as a static host would (under `base`).
 */
export async function serveScratch(page: Page, scratch: Scratch, base: string, folder = 'dist'): Promise<void> {
  const dist = join(scratch.dir, folder);
  await page.route(`${scratchOrigin}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (!pathname.startsWith(base)) return route.fulfill({ status: 404, body: 'Not found' });
    const target = join(dist, decodeURIComponent(pathname.slice(base.length)));
    const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
    if (!file.startsWith(dist) || !existsSync(file))
      return route.fulfill({ status: 404, path: join(dist, '404.html') });
    return route.fulfill({ path: file });
  });
}
