/**
 * `npm run add -- URL…` and `npm run add -- --feed URL`: fetches article pages into content/raw/
 * as .html files and records where and when in content/raw/fetched.json, for ingest to read.
 * Thin I/O over src/lib/fetch and the manifest helpers of src/lib/ingest.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { namedStories, storyOption } from './each-story.ts';
import { feedLinks } from '../lib/fetch/feed-links.ts';
import { fetchDocument, type FetchOptions } from '../lib/fetch/fetch-document.ts';
import { pageFileName } from '../lib/fetch/page-file-name.ts';
import { DEFAULT_MAX_PAGE_BYTES, decodeRawHtml } from '../lib/ingest/decode-html.ts';
import {
  fetchedUrls,
  parseFetchedManifest,
  serializeFetchedManifest,
  urlKey,
  type FetchedManifest,
} from '../lib/ingest/fetched-manifest.ts';
import { FETCHED_MANIFEST } from '../lib/ingest/raw-kind.ts';
import { readPageTitle } from '../lib/ingest/read-web-page.ts';
import { sourceSlug } from '../lib/ingest/source-slug.ts';

const DEFAULT_TIMEOUT_S = 20;
const DEFAULT_MAX_REDIRECTS = 5;

const usage = `Usage: npm run add -- [options] URL…
       npm run add -- [options] --feed FEED_URL…

Fetches each article page into content/raw/ as an .html file named after its host and path
(or title), and records the URL asked for, the URL reached after redirects, the time and the
Content-Type in content/raw/fetched.json. URLs already there are skipped; no file is ever
overwritten. Then run npm run ingest (or npm start).

Options:
  --feed URL          add every article of an RSS or Atom feed (repeatable)
  --content DIR       content directory holding raw/ (default: DATELINE_CONTENT, or content)
  --story SLUG        in a site of several stories, the one the pages are for (required there)
  --timeout S         seconds allowed for each page, redirects and body included (default ${DEFAULT_TIMEOUT_S})
  --max-bytes N       largest page accepted; reading stops past it (default ${DEFAULT_MAX_PAGE_BYTES}, ingest's limit)
  --max-redirects N   most redirects followed for one URL (default ${DEFAULT_MAX_REDIRECTS})
  --help              show this help

Exit status: 0 when every URL was added or skipped, 1 when any failed (the others are still
added), 2 for a bad option.`;

function fail(message: string): never {
  console.error(`add: ${message}\n\n${usage}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        feed: { type: 'string', multiple: true, default: [] },
        content: { type: 'string' },
        ...storyOption,
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        'max-redirects': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}
const { values: args, positionals: urls } = readArgs();
if (args.help) {
  console.log(usage);
  process.exit(0);
}
/** A whole number from an option, at least `min`, or its default. */
const count = (name: 'timeout' | 'max-bytes' | 'max-redirects', fallback: number, min: number): number => {
  const raw = args[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!(Number.isFinite(n) && n >= min) || (name !== 'timeout' && !Number.isInteger(n)))
    fail(`--${name} must be a number of at least ${min}, got ${raw}`);
  return n;
};
const timeoutS = count('timeout', DEFAULT_TIMEOUT_S, 0.001);
const base: Omit<FetchOptions, 'kind'> = {
  timeoutMs: Math.round(timeoutS * 1000),
  maxBytes: count('max-bytes', DEFAULT_MAX_PAGE_BYTES, 1),
  maxRedirects: count('max-redirects', DEFAULT_MAX_REDIRECTS, 0),
};
if (urls.length === 0 && args.feed.length === 0) fail('give at least one URL, or --feed with a feed URL');

/** The one story the pages are for: fetching the same pages into every story of a site is never meant. */
function addFolder(): string {
  let stories;
  try {
    stories = namedStories(process.argv.slice(2));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (stories.length > 1)
    fail(
      `this site has several stories: name the one the pages are for with --story (${stories.map((s) => s.slug).join(', ')})`,
    );
  return stories[0]!.dir;
}

const rawDir = join(addFolder(), 'raw');
const manifestPath = join(rawDir, FETCHED_MANIFEST);
const show = (path: string): string => relative(process.cwd(), path) || path;

await mkdir(rawDir, { recursive: true });
const manifest = await readManifest();
const counts = { added: 0, skipped: 0, failed: 0 };
const failed = (url: string, reason: string): void => {
  counts.failed += 1;
  console.error(`  error ${url}: ${reason}`);
};

// A page whose file was deleted is fetched again: its entry goes, with a note.
for (const name of Object.keys(manifest).filter((n) => !existsSync(join(rawDir, n)))) {
  console.log(`  note  ${show(join(rawDir, name))} is gone: ${manifest[name]!.url} will be fetched again if asked for`);
  delete manifest[name];
}

const targets: string[] = [...urls];
for (const feedUrl of args.feed) {
  const feed = await fetchDocument(feedUrl, { ...base, kind: 'feed' });
  if (!feed.ok) {
    failed(feedUrl, `feed not read: ${feed.reason}`);
    continue;
  }
  const read = feedLinks(new TextDecoder().decode(feed.bytes), feed.finalUrl);
  if (!read.ok) {
    failed(feedUrl, `feed not read: ${read.reason}`);
    continue;
  }
  console.log(
    `  feed  ${feedUrl}: ${read.links.length} article${read.links.length === 1 ? '' : 's'}${read.title ? ` in "${read.title}"` : ''}`,
  );
  targets.push(...read.links);
}
for (const url of targets) await addPage(url);

console.log(
  `add: ${counts.added} added, ${counts.skipped} skipped (already fetched), ${counts.failed} failed${counts.added ? ' — run npm run ingest (or npm start) next' : ''}`,
);
process.exit(counts.failed ? 1 : 0);

/** Fetches one page into content/raw/, unless the manifest has it already. */
async function addPage(url: string): Promise<void> {
  const known = fetchedUrls(manifest);
  const before = known.get(urlKey(url));
  if (before) {
    counts.skipped += 1;
    console.log(`  skip  ${url}: already fetched as ${show(join(rawDir, before))}`);
    return;
  }
  const page = await fetchDocument(url, { ...base, kind: 'page' });
  if (!page.ok) return failed(url, page.reason);
  const after = known.get(urlKey(page.finalUrl));
  if (after) {
    counts.skipped += 1;
    console.log(`  skip  ${url}: it leads to ${page.finalUrl}, already fetched as ${show(join(rawDir, after))}`);
    return;
  }
  const decoded = decodeRawHtml(page.bytes, base.maxBytes, page.contentType);
  const title = decoded.ok ? readPageTitle(decoded.html) : '';
  const taken = new Set((await readdir(rawDir)).map(sourceSlug));
  const name = pageFileName(page.finalUrl, title, taken);
  const path = join(rawDir, name);
  try {
    // `wx`: never overwrite a file, even one that appeared since the directory was read.
    await writeFile(path, page.bytes, { flag: 'wx' });
  } catch (error) {
    return failed(url, `could not write ${show(path)}: ${(error as Error).message}`);
  }
  manifest[name] = { url: page.url, finalUrl: page.finalUrl, fetched: page.fetched, contentType: page.contentType };
  await writeManifest();
  counts.added += 1;
  console.log(`  added ${show(path)}  ← ${page.finalUrl}`);
}

/** content/raw/fetched.json, or an empty manifest; a manifest that does not read stops the command (it is never overwritten). */
async function readManifest(): Promise<FetchedManifest> {
  const text = await readFile(manifestPath, 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  const parsed = parseFetchedManifest(text);
  if (parsed.ok) return parsed.manifest;
  console.error(`add: ${show(manifestPath)}: ${parsed.reason}. Fix it (or move it away) and run add again.`);
  process.exit(1);
}

/** Writes the manifest whole, through a temporary file, so that an interrupted run never leaves half of it. */
async function writeManifest(): Promise<void> {
  const tmp = `${manifestPath}.tmp`;
  await writeFile(tmp, serializeFetchedManifest(manifest));
  await rename(tmp, manifestPath);
}
