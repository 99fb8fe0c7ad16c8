/**
 * `npm start` when some raw files cannot be used, on a copy of the project holding the first story,
 * a saved web page, and two files ingest must refuse: a photo gallery (a page with no sentences) and
 * a text file that an image was saved over (binary), whose source from an earlier, good version is
 * still on disk. `npm start -- --strict --no-serve` stops at ingest with a non-zero exit; `npm start
 * -- --no-serve` builds the site from the rest and names the two files, with their reasons, at the
 * very end of its output. The built pages load (the saved page's source page accessible and valid),
 * served through Playwright's routing from dist/.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { scratchOrigin as origin, scratchProject, serveScratch, type Scratch } from './scratch.ts';
import { axeViolations } from './axe.ts';

const root = new URL('..', import.meta.url).pathname;
const fixture = (name: string): string => readFileSync(join(root, 'test/fixtures/html', name), 'utf8');
// The copy's own content: the first story's articles and sources, a saved page and a gallery.
const files = {
  ...Object.fromEntries(
    ['raw', 'sources'].flatMap((sub) =>
      readdirSync(join(root, 'content', sub)).map((name) => [
        `content/${sub}/${name}`,
        readFileSync(join(root, 'content', sub, name), 'utf8'),
      ]),
    ),
  ),
  'content/raw/levant-wire-talks.html': fixture('newsarticle-jsonld.html'),
  'content/raw/moscow-gallery.html': fixture('photo-gallery.html'),
  'content/raw/scan.txt':
    'Delegations meet again\n\nThe delegations met again on Thursday in the capital, officials said. They agreed to continue the talks next month.\n',
};
// A JPEG's first bytes: what a photo saved over the article looks like to ingest.
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

let scratch: Scratch;
let dir: string;
let strict: { status: number | null; output: string };
let partial: { status: number | null; output: string };

/**
 * Runs the copy's `npm start` with `args`, as a user would (its own Node, no terminal), with its
 * output and errors in one file, interleaved as a terminal shows them.
 */
const start = (...args: string[]) => {
  const log = join(dir, `start${args.join('')}.log`);
  const fd = openSync(log, 'w');
  const r = spawnSync(process.execPath, [join(dir, 'src/cli/start.ts'), ...args], {
    cwd: dir,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      GIT_CEILING_DIRECTORIES: dirname(dir),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  closeSync(fd);
  return { status: r.status, output: readFileSync(log, 'utf8') };
};

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(() => {
  scratch = scratchProject(files);
  dir = scratch.dir;
  // scan.txt was a good article once: ingest made its source, then an image was saved over it.
  const first = spawnSync(process.execPath, ['src/cli/ingest.ts'], { cwd: dir, encoding: 'utf8' });
  expect(first.status, first.stdout + first.stderr).toBe(1);
  expect(existsSync(join(dir, 'content/sources/scan.mdx'))).toBe(true);
  writeFileSync(join(dir, 'content/raw/scan.txt'), jpeg);

  strict = start('--strict', '--no-serve');
  partial = start('--no-serve');
});

test.afterAll(() => scratch?.remove());

test('--strict stops at ingest with a non-zero exit, and builds nothing', () => {
  expect(strict.status, strict.output).toBe(1);
  expect(strict.output).toMatch(/error content\/raw\/moscow-gallery\.html: the page has no sentences/);
  expect(strict.output).toMatch(/error content\/raw\/scan\.txt: the file is binary, not text \(NUL byte at offset 4\)/);
  expect(strict.output).toContain('npm start: ingest reported errors (above)');
  expect(strict.output).not.toContain('▸ extract');
  expect(strict.output).not.toContain('▸ build the site');
});

test('without --strict, the site is built from the other files, and the two left out are named at the end', () => {
  expect(partial.status, partial.output.slice(-3000)).toBe(0);
  const tail = partial.output.slice(partial.output.lastIndexOf('▸ build the site'));
  const lines = tail.trimEnd().split('\n');
  // The list comes after everything the build printed, right before the closing line.
  expect(lines.slice(-7)).toEqual([
    '▸ 2 files were left out of the site, which was built from the others:',
    expect.stringMatching(
      /^ {2}content\/raw\/moscow-gallery\.html: the page has no sentences \(.*\): a photo gallery, a video or an index page has no article to ingest$/,
    ),
    '  content/raw/scan.txt: the file is binary, not text (NUL byte at offset 4)',
    '    (content/sources/scan.mdx, made from an earlier version of it, is still published)',
    'Fix or remove them and run npm start again; npm start -- --strict stops at the first file that fails.',
    '',
    '▸ built dist/ (--no-serve: not serving it; npm run preview serves it)',
  ]);
  expect(existsSync(join(dir, 'content/sources/moscow-gallery.mdx'))).toBe(false);
  expect(tail, 'the build prints no warning').not.toMatch(/\bwarn(ing)?\b/i);
});

test('the pages of the site built from the rest load: the timeline, the saved page, an earlier source', async ({
  page,
}) => {
  await serveScratch(page, scratch, '/');

  const home = await page.goto(`${origin}/`);
  expect(home?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const saved = await page.goto(`${origin}/sources/levant-wire-talks/`);
  expect(saved?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Al-Sharaa meets Putin in Moscow as Russia seeks to keep its bases',
  );
  const original = page.getByRole('link', {
    name: 'https://www.levantwire.example/world/middle-east/2026/01/28/al-sharaa-meets-putin-in-moscow/',
  });
  await expect(original).toHaveAttribute(
    'href',
    'https://www.levantwire.example/world/middle-east/2026/01/28/al-sharaa-meets-putin-in-moscow/',
  );
  await expect(original).toHaveAttribute('rel', 'external noopener');
  await expect(page.getByText('Levant Wire', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Bases on the table' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const html = readFileSync(join(dir, 'dist/sources/levant-wire-talks/index.html'), 'utf8');
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html, 'saved-source.html');
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);

  const kept = await page.goto(`${origin}/sources/scan/`);
  expect(kept?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delegations meet again');

  const gallery = await page.goto(`${origin}/sources/moscow-gallery/`);
  expect(gallery?.status()).toBe(404);
});
