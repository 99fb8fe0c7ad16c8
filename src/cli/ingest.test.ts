import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const cli = new URL('./ingest.ts', import.meta.url).pathname;
const fixtures = new URL('../../test/fixtures/html/', import.meta.url).pathname;
const article = (topic: string): string =>
  `${topic} talks resume\n\nDelegates met in the capital on Monday to discuss ${topic}. They agreed to meet again next month, officials said.\n\nThe next round is expected to focus on trade.\n`;

let dir: string;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, '--content', dir, ...args], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
};
const raw = (name: string, text: string | Uint8Array): void => writeFileSync(join(dir, 'raw', name), text);
const source = (id: string): string => readFileSync(join(dir, 'sources', `${id}.mdx`), 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  mkdirSync(join(dir, 'raw'));
});
const cacheDir = new URL('../../node_modules/.cache/dateline/ingest/', import.meta.url).pathname;
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  // Ingest keeps a cache file per content folder: this test's folders are gone, so are theirs.
  for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    const file = join(cacheDir, name);
    if (readFileSync(file, 'utf8').includes(dir)) rmSync(file, { force: true });
  }
});

describe('npm run ingest', () => {
  it('creates one source per article, then skips them all on a second run (idempotent)', () => {
    raw('alpha.txt', article('water'));
    raw('beta.txt', article('energy'));
    expect(run()).toMatchObject({ status: 0, out: expect.stringContaining('2 created, 0 updated, 0 unchanged') });
    const before = source('alpha');
    expect(run()).toMatchObject({ status: 0, out: expect.stringContaining('0 created, 0 updated, 2 unchanged') });
    // The same without the cache: each file ingested again, and found to give the same source.
    expect(run('--no-cache')).toMatchObject({
      status: 0,
      out: expect.stringContaining('0 created, 0 updated, 2 unchanged'),
    });
    expect(source('alpha')).toBe(before);
  });

  it('answers unchanged files from its cache, and ingests again what changed, was edited or went missing', () => {
    raw('alpha.txt', article('water'));
    raw('beta.txt', article('energy'));
    run();
    // The cache is the one file of this content folder's; mark what it says of each file, so that
    // a report carrying the mark came from the cache and one without it from a fresh ingest.
    const cacheFile = readdirSync(cacheDir)
      .map((n) => join(cacheDir, n))
      .find((f) => readFileSync(f, 'utf8').includes(join(dir, 'raw', 'alpha.txt')))!;
    const marked = Object.fromEntries(
      Object.entries(JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, { summary: string }>).map(
        ([file, entry]) => [file, { ...entry, summary: 'from the cache ×1' }],
      ),
    );
    writeFileSync(cacheFile, JSON.stringify(marked));
    const again = run();
    expect(again.out).toContain('0 created, 0 updated, 2 unchanged');
    expect(again.out.match(/unchanged +\S+(alpha|beta)\.mdx {2}\(took out: from the cache ×1\)/g)).toHaveLength(2);
    // Another option, another story language, or no cache asked for: ingested again.
    for (const other of [['--max-loss', '0.3'], ['--no-cache'], ['--verbose']]) {
      expect(run(...other).out, other.join(' ')).not.toContain('from the cache');
      writeFileSync(cacheFile, JSON.stringify(marked));
    }
    writeFileSync(join(dir, 'story.yaml'), 'title: T\nstandfirst: S\nlang: fr\n');
    expect(run().out).not.toContain('from the cache');
    rmSync(join(dir, 'story.yaml'));
    run();

    // A changed raw file, a hand-edited source and a deleted one are each ingested again.
    raw('alpha.txt', article('rivers'));
    const edited = source('beta').replace('publisher: ""', 'publisher: "City Desk"');
    writeFileSync(join(dir, 'sources', 'beta.mdx'), edited);
    raw('gamma.txt', article('ports'));
    const changed = run();
    expect(changed.out).toContain('1 created, 1 updated, 0 unchanged, 1 kept (edited by hand)');
    expect(changed.out).not.toContain('from the cache');
    expect(source('alpha')).toContain('rivers');
    expect(source('beta')).toBe(edited);
    rmSync(join(dir, 'sources', 'gamma.mdx'));
    expect(run().out).toContain('1 created, 0 updated, 1 unchanged, 1 kept (edited by hand)');
    expect(source('gamma')).toContain('ports');
    // A cache that does not parse is ignored.
    writeFileSync(cacheFile, '{not json');
    expect(run()).toMatchObject({
      status: 0,
      out: expect.stringContaining('0 created, 0 updated, 2 unchanged, 1 kept'),
    });
  });

  it('never overwrites a hand-edited source while its raw file is unchanged', () => {
    raw('alpha.txt', article('water'));
    run();
    const edited = source('alpha').replace('publisher: ""', 'publisher: "City Desk"');
    writeFileSync(join(dir, 'sources', 'alpha.mdx'), edited);
    expect(run()).toMatchObject({ status: 0, out: expect.stringContaining('1 kept (edited by hand)') });
    expect(source('alpha')).toBe(edited);
  });

  it('stops on a hand-edited source whose raw file changed, and --force keeps a backup', () => {
    raw('alpha.txt', article('water'));
    run();
    const edited = `${source('alpha')}\nAn editor's note.\n`;
    writeFileSync(join(dir, 'sources', 'alpha.mdx'), edited);
    raw('alpha.txt', article('rivers'));
    const conflict = run();
    expect(conflict.status).toBe(1);
    expect(conflict.out).toMatch(/alpha\.mdx: it was edited by hand, and its raw article has changed.*--force/);
    expect(source('alpha')).toBe(edited);
    expect(run('--force')).toMatchObject({ status: 0, out: expect.stringContaining('1 forced') });
    expect(readFileSync(join(dir, 'sources', 'alpha.mdx.bak'), 'utf8')).toBe(edited);
    expect(source('alpha')).toContain('rivers');
  });

  it('reports each bad file by name, still processes the others, and exits non-zero', () => {
    raw('good.txt', article('water'));
    raw('empty.txt', '');
    raw('binary.txt', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00));
    raw('latin1.txt', Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9));
    raw('Same Name.txt', article('a'));
    raw('same-name.txt', article('b'));
    const r = run();
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/error .*empty\.txt: the file is empty/);
    expect(r.out).toMatch(/error .*binary\.txt: the file is binary/);
    expect(r.out).toMatch(/error .*latin1\.txt: the file is not valid UTF-8/);
    expect(r.out).toMatch(
      /error .*Same Name\.txt: "Same Name\.txt" and "same-name\.txt" would all become source "same-name"/,
    );
    expect(r.out).toContain('1 created');
    expect(readdirSync(join(dir, 'sources'))).toEqual(['good.mdx']);
  });

  it('lists every removed line with --verbose', () => {
    raw('alpha.txt', `${article('water')}\nNo comments:\n`);
    expect(run('--verbose').out).toMatch(/\[comment counter\] No comments:/);
  });

  it('explains a missing raw directory', () => {
    rmSync(join(dir, 'raw'), { recursive: true });
    expect(run()).toMatchObject({ status: 1, out: expect.stringMatching(/raw\/ does not exist/) });
    expect(existsSync(join(dir, 'sources'))).toBe(false);
  });

  it('ingests saved web pages beside text files, and reads where fetched pages came from in fetched.json', () => {
    raw('alpha.txt', article('water'));
    raw('valley.html', readFileSync(join(fixtures, 'no-metadata.html')));
    raw('levant.htm', readFileSync(join(fixtures, 'newsarticle-jsonld.html')));
    raw(
      'fetched.json',
      JSON.stringify({
        'valley.html': {
          url: 'https://valleyherald.example/w/1',
          finalUrl: 'https://valleyherald.example/world/moscow-trip.html',
          fetched: '2026-01-29T08:00:00.000Z',
          contentType: 'text/html; charset=utf-8',
        },
      }),
    );
    expect(run()).toMatchObject({ status: 0, out: expect.stringContaining('3 articles: 3 created') });
    expect(readdirSync(join(dir, 'sources')).sort()).toEqual(['alpha.mdx', 'levant.mdx', 'valley.mdx']);
    expect(source('valley')).toContain('url: "https://valleyherald.example/world/moscow-trip.html"');
    expect(source('levant')).toContain(
      'url: "https://www.levantwire.example/world/middle-east/2026/01/28/al-sharaa-meets-putin-in-moscow/"',
    );
    expect(source('alpha')).not.toContain('url:');
  });

  it('reports an invalid fetched.json and still ingests the pages without it', () => {
    raw('valley.html', readFileSync(join(fixtures, 'no-metadata.html')));
    raw('fetched.json', '{"valley.html": {"url": "not a url"}}');
    const r = run();
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/error .*raw\/fetched\.json: "valley\.html"\.url: .*ingested without the addresses/);
    expect(source('valley')).not.toContain('url:');
  });

  it('writes the files it left out, and why, with --report, and keeps an earlier source of a file that now fails', () => {
    raw('alpha.txt', article('water'));
    raw('gallery.html', readFileSync(join(fixtures, 'photo-gallery.html')));
    raw('notes.pdf', '%PDF-1.7');
    run();
    raw('alpha.txt', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00));
    const report = join(dir, 'report.json');
    const r = run('--report', report);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(
      /note .*sources\/alpha\.mdx: kept from an earlier version of .*raw\/alpha\.txt and still published/,
    );
    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual({
      leftOut: [
        {
          file: expect.stringMatching(/raw\/notes\.pdf$/),
          reason: 'not an article file (only .txt, .html and .htm files are ingested)',
        },
        {
          file: expect.stringMatching(/raw\/alpha\.txt$/),
          reason: 'the file is binary, not text (NUL byte at offset 4)',
          kept: expect.stringMatching(/sources\/alpha\.mdx$/),
        },
        {
          file: expect.stringMatching(/raw\/gallery\.html$/),
          reason: expect.stringMatching(/^the page has no sentences/),
        },
      ],
    });
  });

  it('rejects a bad option with usage', () => {
    expect(run('--max-loss', 'lots')).toMatchObject({
      status: 2,
      out: expect.stringContaining('Usage: npm run ingest'),
    });
  });
});
