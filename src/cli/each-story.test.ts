/**
 * Every command on a site of several stories: with no story named it works on each in turn, with
 * `--story` on that one; a story the site lacks, or a command that needs one story, stops with a
 * message that lists the stories. Run as an editor runs them, on a folder of two stories.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampGenerated } from '../lib/generated-stamp.ts';

const cli = (name: string) => new URL(`./${name}.ts`, import.meta.url).pathname;
let dir: string;
const run = (name: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [cli(name), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATELINE_CONTENT: dir },
  });
  return { status: r.status, out: r.stdout + r.stderr };
};
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const article = (topic: string) =>
  `${topic} talks resume\n\nDelegates met in the capital on Monday to discuss ${topic}. They agreed to meet again next month, officials said.\n`;
/** An automatic event awaiting review, stamped as extract writes it. */
const automatic = (title: string) =>
  stampGenerated(
    `---\nreviewed: false\ngeneratedSha256: ""\ntitle: ${title}\ndate: "2025-01-01"\nsources:\n  - source: x\n    quote: "x"\n---\n\nSummary.\n`,
  );

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-stories-cli-'));
  for (const slug of ['flood', 'strike']) {
    write(`stories/${slug}/story.yaml`, `title: The ${slug}\nstandfirst: About the ${slug}.\n`);
    write(`stories/${slug}/raw/${slug}-report.txt`, article(slug));
  }
  write('stories/flood/events/2025-01-01-shared-id.mdx', automatic('Flood event'));
  write('stories/strike/events/2025-01-01-shared-id.mdx', automatic('Strike event'));
  write('stories/strike/events/2025-01-02-strike-only.mdx', automatic('Strike only'));
});
const cacheDir = new URL('../../node_modules/.cache/dateline/ingest/', import.meta.url).pathname;
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    const file = join(cacheDir, name);
    if (readFileSync(file, 'utf8').includes(dir)) rmSync(file, { force: true });
  }
});

describe('commands on a site of several stories', () => {
  it('ingest works on every story when none is named, and on the one --story names', () => {
    const all = run('ingest');
    expect(all.status).toBe(0);
    expect(all.out).toContain(`▸ ingest: story flood (${join(dir, 'stories', 'flood')})`);
    expect(all.out).toContain(`▸ ingest: story strike (${join(dir, 'stories', 'strike')})`);
    expect(readdirSync(join(dir, 'stories', 'flood', 'sources'))).toEqual(['flood-report.mdx']);
    expect(readdirSync(join(dir, 'stories', 'strike', 'sources'))).toEqual(['strike-report.mdx']);
    write('stories/strike/raw/strike-later.txt', article('wages'));
    write('stories/flood/raw/flood-later.txt', article('levees'));
    const one = run('ingest', '--story', 'strike');
    expect(one).toMatchObject({ status: 0, out: expect.stringContaining('1 created, 0 updated, 1 unchanged') });
    expect(one.out).not.toContain('▸ ingest: story');
    expect(readdirSync(join(dir, 'stories', 'flood', 'sources'))).toEqual(['flood-report.mdx']);
  });

  it('stops with the stories listed for a story the site lacks, an --report over several, and add without a story', () => {
    expect(run('ingest', '--story', 'fire')).toEqual({
      status: 2,
      out: `ingest: --story fire: no such story in ${dir}/stories/ (there are: flood, strike)\n`,
    });
    expect(run('ingest', '--report', join(dir, 'report.json'))).toMatchObject({
      status: 2,
      out: expect.stringContaining('ingest: --report takes one story: name it with --story'),
    });
    expect(run('add', 'https://news.example/a')).toMatchObject({
      status: 2,
      out: expect.stringContaining('name the one the pages are for with --story (flood, strike)'),
    });
  });

  it('review lists each story’s queue, and acts on an id only where exactly one story has it', () => {
    const list = run('review');
    expect(list.status).toBe(0);
    expect(list.out.indexOf('▸ story flood')).toBeLessThan(list.out.indexOf('▸ story strike'));
    expect(list.out).toContain('Strike only');
    const ambiguous = run('review', 'accept', '2025-01-01-shared-id');
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.out).toContain('2025-01-01-shared-id: an event of 2 stories');
    expect(ambiguous.out).toContain('name one with --story');
    expect(run('review', 'accept', '2025-01-02-strike-only')).toMatchObject({
      status: 0,
      out: expect.stringContaining(
        `accepted  ${join(dir, 'stories', 'strike', 'events', '2025-01-02-strike-only.mdx')}`,
      ),
    });
    expect(run('review', '--story', 'flood', 'reject', '2025-01-01-shared-id').status).toBe(0);
    expect(existsSync(join(dir, 'stories', 'flood', 'events', '_rejected', '2025-01-01-shared-id.mdx'))).toBe(true);
    expect(readFileSync(join(dir, 'stories', 'strike', 'events', '2025-01-01-shared-id.mdx'), 'utf8')).toContain(
      'reviewed: false',
    );
  });
});
