/**
 * `npm run build` on a site of several stories, before it builds anything: it empties its output
 * folder first, so it refuses one that would hold the project or the content, and says how it works.
 * (The builds themselves are the browser tests' fixture site: `npm run test:e2e:newsroom`.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = new URL('./build.ts', import.meta.url).pathname;
const project = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
let dir: string;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATELINE_CONTENT: dir },
  });
  return { status: r.status, out: r.stdout + r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-build-'));
  mkdirSync(join(dir, 'stories', 'flood'), { recursive: true });
  writeFileSync(join(dir, 'stories', 'flood', 'story.yaml'), 'title: Flood\nstandfirst: About the flood.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run build on a site of several stories', () => {
  it('refuses an output folder that holds the project, its code or the content, and empties nothing', () => {
    for (const outDir of ['.', '..', 'src/site', dir, join(dir, '..')]) {
      const r = run('--outDir', outDir);
      expect(r.status, outDir).toBe(2);
      expect(r.out, outDir).toMatch(
        /^build: --outDir .* would hold the project, its code or its content: name another folder\n$/,
      );
    }
    expect(existsSync(join(project, 'src', 'site'))).toBe(true);
    expect(existsSync(join(dir, 'stories', 'flood', 'story.yaml'))).toBe(true);
  });

  it('says how it builds such a site, without building', () => {
    expect(run('--help')).toMatchObject({ status: 0, out: expect.stringContaining('each story into DIR/<slug>/') });
  });
});
