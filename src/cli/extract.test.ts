/**
 * `npm run extract` skips a run that would write nothing: run twice on an unchanged folder, the
 * second run says so and writes nothing; any change to what extract reads (here, the story file)
 * makes it run again. Two full runs, as they load the language models.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../lib/generated-stamp.ts';

const cli = (name: string) => new URL(`./${name}.ts`, import.meta.url).pathname;
let dir: string;
const run = (name: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [cli(name), '--content', dir, ...args], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-extract-'));
  mkdirSync(join(dir, 'raw'));
  writeFileSync(join(dir, 'story.yaml'), 'title: Harbour talks\nstandfirst: Talks on the harbour.\n');
  // One of the first story's articles, as received.
  cpSync(
    new URL('../../content/raw/aa-2026-01-28.txt', import.meta.url).pathname,
    join(dir, 'raw', 'aa-2026-01-28.txt'),
  );
  expect(run('ingest').status).toBe(0);
});
const cacheDir = (name: string) => new URL(`../../node_modules/.cache/dateline/${name}/`, import.meta.url).pathname;
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  // Each command keeps a cache file per content folder: this test's folder is gone, so are they.
  rmSync(join(cacheDir('extract'), `${sha256(resolve(dir)).slice(0, 16)}.json`), { force: true });
  const ingest = cacheDir('ingest');
  for (const name of existsSync(ingest) ? readdirSync(ingest) : []) {
    const file = join(ingest, name);
    if (readFileSync(file, 'utf8').includes(dir)) rmSync(file, { force: true });
  }
});

describe('npm run extract on a folder it already worked on', () => {
  it('skips the run when nothing it reads changed, and runs again when something did', () => {
    const first = run('extract');
    expect(first.status, first.out).toBe(0);
    const events = readdirSync(join(dir, 'events')).sort();
    expect(events.length).toBeGreaterThan(0);
    const texts = events.map((n) => readFileSync(join(dir, 'events', n), 'utf8'));

    const second = run('extract');
    expect(second).toEqual({
      status: 0,
      out: `extract: nothing changed in ${dir}/ since the last run, which left ${events.length} automatic events: skipped (--no-cache runs it anyway)\n`,
    });
    expect(readdirSync(join(dir, 'events')).sort()).toEqual(events);
    expect(events.map((n) => readFileSync(join(dir, 'events', n), 'utf8'))).toEqual(texts);

    writeFileSync(join(dir, 'story.yaml'), 'title: Harbour talks\nstandfirst: Talks on the harbour, and the budget.\n');
    const third = run('extract');
    expect(third.status, third.out).toBe(0);
    expect(third.out).toMatch(/^extract: \d+ dated statements in 1 sources → /m);
  });
});
