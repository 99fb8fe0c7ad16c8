/**
 * `npm run add` against a web server on 127.0.0.1 started here: pages, a redirect, errors, a PDF,
 * a 50 MB answer, a feed of 20 articles, and a second run. Nothing is fetched from the internet.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  articlePage,
  redirect,
  serve,
  startServer,
  streamBytes,
  type LocalServer,
} from '../lib/fetch/local-server.test-helper.ts';

const cli = new URL('./add.ts', import.meta.url).pathname;
const ingestCli = new URL('./ingest.ts', import.meta.url).pathname;
const MB = 1024 * 1024;
let server: LocalServer;
let dir: string;
const at = (path: string): string => `${server.origin}${path}`;

/** Runs a CLI without blocking this process, which serves the pages it fetches. */
function run(
  script: string,
  ...args: string[]
): Promise<{ status: number | null; out: string; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, '--content', dir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let [out, stdout, stderr] = ['', '', ''];
    child.stdout.on('data', (c: Buffer) => ((out += c), (stdout += c)));
    child.stderr.on('data', (c: Buffer) => ((out += c), (stderr += c)));
    child.on('close', (status) => resolve({ status, out, stdout, stderr }));
  });
}
const add = (...args: string[]) => run(cli, ...args);
const rawFiles = (): string[] => readdirSync(join(dir, 'raw')).sort();
const manifest = (): Record<string, Record<string, string>> =>
  JSON.parse(readFileSync(join(dir, 'raw', 'fetched.json'), 'utf8'));

const feedItems = Array.from({ length: 20 }, (_, i) => i + 1);
const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>${feedItems
  .map((i) => `<item><title>Story ${i}</title><link>/stories/story-${i}-of-the-day</link></item>`)
  .join('')}</channel></rss>`;

beforeAll(async () => {
  server = await startServer((s) => ({
    '/world/talks-resume-in-moscow': serve(articlePage('Talks resume in Moscow')),
    '/short/42': redirect('/world/2026/01/29/second-round-opens', 302),
    '/world/2026/01/29/second-round-opens': serve(articlePage('Second round opens')),
    '/world/missing-story': serve('<h1>Not here</h1>', 'text/html', 404),
    '/reports/annual.pdf': serve('%PDF-1.7 binary', 'application/pdf'),
    '/world/endless-page': streamBytes(s, 50 * MB),
    '/feeds/world.xml': serve(rss, 'application/rss+xml; charset=utf-8'),
    ...Object.fromEntries(feedItems.map((i) => [`/stories/story-${i}-of-the-day`, serve(articlePage(`Story ${i}`))])),
  }));
});
afterAll(() => server.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-add-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run add', () => {
  it('adds every page it can, says why each other failed, and exits 1', async () => {
    const r = await add(
      at('/world/talks-resume-in-moscow'),
      at('/short/42'),
      at('/world/missing-story'),
      at('/reports/annual.pdf'),
      at('/world/endless-page'),
    );
    expect(r.status).toBe(1);
    // Progress on stdout, errors on stderr, each in the order of the URLs.
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^ {2}added .*raw\/127-0-0-1-world-talks-resume-in-moscow\.html {2}← http:\/\/127\.0\.0\.1:\d+\/world\/talks-resume-in-moscow$/,
      ),
      expect.stringMatching(
        /^ {2}added .*raw\/127-0-0-1-world-2026-01-29-second-round-opens\.html {2}← .*\/second-round-opens$/,
      ),
      'add: 2 added, 0 skipped (already fetched), 3 failed — run npm run ingest (or npm start) next',
    ]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `  error ${at('/world/missing-story')}: HTTP 404 Not Found`,
      `  error ${at('/reports/annual.pdf')}: it is application/pdf, not an HTML page: save the article text of other documents (a PDF, an image) as a .txt file`,
      expect.stringMatching(
        /^ {2}error http:.*\/world\/endless-page: it is larger than the 8\.0 MB limit \(stopped reading after 8\.\d MB\); raise it with --max-bytes/,
      ),
    ]);
    expect(rawFiles()).toEqual([
      '127-0-0-1-world-2026-01-29-second-round-opens.html',
      '127-0-0-1-world-talks-resume-in-moscow.html',
      'fetched.json',
    ]);
    expect(readFileSync(join(dir, 'raw', '127-0-0-1-world-talks-resume-in-moscow.html'), 'utf8')).toBe(
      articlePage('Talks resume in Moscow'),
    );
    // The 50 MB answer was cut off: the server wrote little more than the limit before the client left.
    expect(server.written.get('/world/endless-page')).toBeLessThan(20 * MB);
  });

  it('records each page in fetched.json: the URL asked for, the one reached, when, and its type', async () => {
    await add(at('/short/42'), at('/world/talks-resume-in-moscow'));
    const text = readFileSync(join(dir, 'raw', 'fetched.json'), 'utf8');
    const iso = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(JSON.parse(text)).toEqual({
      '127-0-0-1-world-2026-01-29-second-round-opens.html': {
        url: at('/short/42'),
        finalUrl: at('/world/2026/01/29/second-round-opens'),
        fetched: iso,
        contentType: 'text/html; charset=utf-8',
      },
      '127-0-0-1-world-talks-resume-in-moscow.html': {
        url: at('/world/talks-resume-in-moscow'),
        finalUrl: at('/world/talks-resume-in-moscow'),
        fetched: iso,
        contentType: 'text/html; charset=utf-8',
      },
    });
    // Stable: file names in order, each entry's fields in order, two-space indent, final newline.
    expect(text).toMatch(
      /^\{\n {2}"127-0-0-1-world-2026-01-29[^]*\n {4}"url": [^]*\n {4}"finalUrl": [^]*\n {4}"fetched": [^]*\n {4}"contentType": [^]*\n\}\n$/,
    );
  });

  it('adds the 20 articles of a feed, and a second run adds nothing', async () => {
    const first = await add('--feed', at('/feeds/world.xml'));
    expect(first.status).toBe(0);
    expect(first.out).toContain(`  feed  ${at('/feeds/world.xml')}: 20 articles in "World"`);
    expect(first.out).toContain('add: 20 added, 0 skipped (already fetched), 0 failed');
    expect(rawFiles()).toHaveLength(21);
    expect(Object.keys(manifest())).toHaveLength(20);
    const before = readFileSync(join(dir, 'raw', 'fetched.json'), 'utf8');

    const second = await add('--feed', at('/feeds/world.xml'), at('/stories/story-3-of-the-day'));
    expect(second.status).toBe(0);
    expect(second.out).toContain('add: 0 added, 21 skipped (already fetched), 0 failed');
    expect(second.out).toMatch(
      /skip {2}http:.*\/stories\/story-3-of-the-day: already fetched as .*raw\/127-0-0-1-stories-story-3-of-the-day\.html/,
    );
    expect(readFileSync(join(dir, 'raw', 'fetched.json'), 'utf8')).toBe(before);
  });

  it('fetches a page again once its file was deleted', async () => {
    await add(at('/world/talks-resume-in-moscow'));
    rmSync(join(dir, 'raw', '127-0-0-1-world-talks-resume-in-moscow.html'));
    const r = await add(at('/world/talks-resume-in-moscow'));
    expect(r.stdout).toMatch(
      /note {2}.*raw\/127-0-0-1-world-talks-resume-in-moscow\.html is gone: .* will be fetched again/,
    );
    expect(r.stdout).toContain('add: 1 added, 0 skipped');
    expect(Object.keys(manifest())).toEqual(['127-0-0-1-world-talks-resume-in-moscow.html']);
  });

  it('skips a URL that redirects to a page already fetched', async () => {
    await add(at('/world/2026/01/29/second-round-opens'));
    const r = await add(at('/short/42'));
    expect(r.out).toMatch(/skip {2}http:.*\/short\/42: it leads to http:.*\/second-round-opens, already fetched as /);
    expect(rawFiles()).toHaveLength(2);
  });

  it('never overwrites a file: a name already taken gets -2', async () => {
    mkdirSync(join(dir, 'raw'));
    writeFileSync(join(dir, 'raw', '127-0-0-1-world-talks-resume-in-moscow.txt'), 'An article pasted by hand.');
    await add(at('/world/talks-resume-in-moscow'));
    expect(rawFiles()).toEqual([
      '127-0-0-1-world-talks-resume-in-moscow-2.html',
      '127-0-0-1-world-talks-resume-in-moscow.txt',
      'fetched.json',
    ]);
    expect(readFileSync(join(dir, 'raw', '127-0-0-1-world-talks-resume-in-moscow.txt'), 'utf8')).toBe(
      'An article pasted by hand.',
    );
  });

  it('stops on a fetched.json it cannot read, and leaves it as it was', async () => {
    mkdirSync(join(dir, 'raw'));
    writeFileSync(join(dir, 'raw', 'fetched.json'), '{ broken');
    const r = await add(at('/world/talks-resume-in-moscow'));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/^add: .*raw\/fetched\.json: it is not valid JSON/);
    expect(rawFiles()).toEqual(['fetched.json']);
  });

  it.each([
    [[], /give at least one URL/],
    [['--timeout', 'soon', 'https://a.example/'], /--timeout must be a number/],
    [['--max-bytes', '1.5', 'https://a.example/'], /--max-bytes must be a number of at least 1/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('rejects %j with usage and exit 2', async (args, message) => {
    const r = await add(...args);
    expect(r.status).toBe(2);
    expect(r.out).toMatch(message);
    expect(r.out).toContain('Usage: npm run add');
  });

  it('hands ingest pages whose URL comes from fetched.json when they name none', async () => {
    await add(at('/short/42'));
    const r = await run(ingestCli);
    expect(r.status).toBe(0);
    const source = readFileSync(join(dir, 'sources', '127-0-0-1-world-2026-01-29-second-round-opens.mdx'), 'utf8');
    expect(source).toContain(`url: "${at('/world/2026/01/29/second-round-opens')}"`);
    expect(source).toContain('title: "Second round opens"');
    expect(existsSync(join(dir, 'sources', 'fetched.mdx'))).toBe(false);
  });
});
