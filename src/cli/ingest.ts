/**
 * `npm run ingest`: content/raw/*.txt, *.html and *.htm → content/sources/<id>.mdx.
 * Thin I/O over src/lib/ingest; see README "Ingest errors" for every message it prints.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { codeDigest, projectRoot } from './code-digest.ts';
import { namedStories, oneStoryFolder, storyOption } from './each-story.ts';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_MAX_PAGE_BYTES } from '../lib/ingest/decode-html.ts';
import { DEFAULT_MAX_BYTES } from '../lib/ingest/decode-raw.ts';
import { parseFetchedManifest, type FetchedManifest } from '../lib/ingest/fetched-manifest.ts';
import { sha256 } from '../lib/generated-stamp.ts';
import { cachedResult, ingestKey, parseIngestCache, type IngestCache } from '../lib/ingest/ingest-cache.ts';
import { FETCHED_MANIFEST, rawKindOf } from '../lib/ingest/raw-kind.ts';
import { DEFAULT_MAX_SENTENCE_LOSS } from '../lib/ingest/sentence-loss-limit.ts';
import { serializeIngestReport, type LeftOut } from '../lib/ingest/ingest-report.ts';
import { planWrite } from '../lib/ingest/plan-write.ts';
import { readExistingSource } from '../lib/ingest/source-file.ts';
import { sourceSlug } from '../lib/ingest/source-slug.ts';

const usage = `Usage: npm run ingest -- [options]

Turns every article in content/raw/ (plain text .txt, saved web pages .html or .htm) into
content/sources/<id>.mdx. Unchanged files are skipped and files edited by hand are never
overwritten. content/raw/fetched.json, written by npm run add, says where fetched pages came from.

Options:
  --content DIR     content directory holding raw/, sources/ and story.yaml, or stories/ (default: DATELINE_CONTENT, or content)
  --story SLUG      in a site of several stories (content/stories/<slug>/), the one to work on (default: all)
  --verbose         list every line removed as chrome or read as metadata
  --force           regenerate sources whose raw file changed although they were edited by hand
                    (the edited file is kept beside it as <id>.mdx.bak)
  --no-cache        ingest every file again, even those whose raw file, options and source are
                    as the last run left them (node_modules/.cache/dateline/ingest/)
  --max-bytes N     largest raw file accepted (default ${DEFAULT_MAX_BYTES} for text, ${DEFAULT_MAX_PAGE_BYTES} for a page)
  --max-loss F      largest share of sentences cleaning may remove (default ${DEFAULT_MAX_SENTENCE_LOSS})
  --report FILE     also write the files left out, and why, to FILE as JSON (npm start reads it)
  --help            show this help

Exit status: 0 when every file was ingested, 1 when any was left out (the others are still
written), 2 for a bad option.`;

function fail(message: string): never {
  console.error(`ingest: ${message}\n\n${usage}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      allowNegative: true,
      options: {
        content: { type: 'string' },
        ...storyOption,
        cache: { type: 'boolean', default: true },
        verbose: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        'max-loss': { type: 'string' },
        report: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}
const args = readArgs();

/** The stories the options name; a layout that cannot be read is a bad option. */
function namedStoriesOrFail() {
  try {
    return namedStories(process.argv.slice(2));
  } catch (error) {
    return fail((error as Error).message);
  }
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
// Without --max-bytes, each kind of file has its own default limit (pages carry markup around the text).
const maxBytes = args['max-bytes'] === undefined ? undefined : Number(args['max-bytes']);
const maxSentenceLoss = args['max-loss'] === undefined ? DEFAULT_MAX_SENTENCE_LOSS : Number(args['max-loss']);
if (maxBytes !== undefined && (!Number.isInteger(maxBytes) || maxBytes <= 0))
  fail(`--max-bytes must be a positive whole number, got ${args['max-bytes']}`);
if (!(maxSentenceLoss >= 0 && maxSentenceLoss <= 1))
  fail(`--max-loss must be a number from 0 to 1, got ${args['max-loss']}`);

// --report names one file: one story's report.
if (args.report !== undefined && namedStoriesOrFail().length > 1)
  fail('--report takes one story: name it with --story');
const contentDir = await oneStoryFolder('ingest');
const rawDir = join(contentDir, 'raw');
const sourcesDir = join(contentDir, 'sources');
const show = (path: string): string => relative(process.cwd(), path) || path;

const defaultLang = await readStoryLang(join(contentDir, 'story.yaml'));
const leftOut: LeftOut[] = [];
let names: string[];
try {
  names = (await readdir(rawDir)).filter((n) => !n.startsWith('.') && n !== FETCHED_MANIFEST).sort();
} catch {
  console.error(
    `ingest: ${show(rawDir)}/ does not exist: create it and put your articles there as .txt or .html files`,
  );
  await writeReport();
  process.exit(1);
}
const ignored = names.filter((n) => rawKindOf(n) === undefined);
for (const n of ignored) {
  const reason = 'not an article file (only .txt, .html and .htm files are ingested)';
  console.log(`  note  ${show(join(rawDir, n))}: ignored, ${reason}`);
  leftOut.push({ file: show(join(rawDir, n)), reason });
}
const articles = names.filter((n) => rawKindOf(n) !== undefined);
if (articles.length === 0) {
  console.error(`ingest: no articles in ${show(rawDir)}/ (.txt, .html or .htm files)`);
  await writeReport();
  process.exit(1);
}
await mkdir(sourcesDir, { recursive: true });

const counts = { created: 0, updated: 0, unchanged: 0, kept: 0, forced: 0, errors: 0 };
const error = (file: string, message: string, rawFile = file): void => {
  counts.errors += 1;
  console.error(`  error ${show(file)}: ${message}`);
  leftOut.push({ file: show(rawFile), reason: message });
};

const fetched = await readFetchedManifest();

// What the last run made of each raw file (src/lib/ingest/ingest-cache.ts): unchanged files are
// hashed, not ingested again. --force, --verbose and --no-cache always do the whole work.
// One cache per content folder, in the project's node_modules whatever the working directory, so
// that runs on different folders keep each other's.
const cachePath = join(
  projectRoot,
  'node_modules/.cache/dateline/ingest',
  `${sha256(resolve(contentDir)).slice(0, 16)}.json`,
);
const code = args.cache && !args.force && !args.verbose ? await codeDigest(fileURLToPath(import.meta.url)) : undefined;
const useCache = code !== undefined;
const cache = useCache ? parseIngestCache(await readFile(cachePath, 'utf8').catch(() => undefined)) : {};
const nextCache: IngestCache = {};

// Two raw files that slugify alike would overwrite each other's source: refuse both.
const bySlug = Map.groupBy(articles, sourceSlug);
for (const [slug, group] of bySlug) {
  const rawPath = join(rawDir, group[0]!);
  if (slug === '') {
    error(rawPath, 'its name has no letters or digits to make a source id from: rename it');
    continue;
  }
  if (group.length > 1) {
    for (const n of group)
      error(
        join(rawDir, n),
        `${group.map((g) => `"${g}"`).join(' and ')} would all become source "${slug}": rename all but one`,
      );
    continue;
  }
  await ingestOne(group[0]!, slug);
}

const raws = new Set(bySlug.keys());
for (const n of (await readdir(sourcesDir)).filter((n) => n.endsWith('.mdx')).sort()) {
  if (!raws.has(n.slice(0, -4)))
    console.log(`  note  ${show(join(sourcesDir, n))}: no raw file in ${show(rawDir)}/ (kept as is)`);
}
console.log(
  `ingest: ${articles.length} article${articles.length === 1 ? '' : 's'}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.kept} kept (edited by hand)${counts.forced ? `, ${counts.forced} forced` : ''}, ${counts.errors} error${counts.errors === 1 ? '' : 's'}`,
);
await writeReport();
if (useCache) await writeCache();
process.exit(counts.errors ? 1 : 0);

/** The cache for the next run: this run's successful files only, written whole or not at all (and none when there are none). */
async function writeCache(): Promise<void> {
  try {
    if (Object.keys(nextCache).length === 0) return await rm(cachePath, { force: true });
    await mkdir(dirname(cachePath), { recursive: true });
    await writeFile(`${cachePath}.tmp`, JSON.stringify(nextCache));
    await rename(`${cachePath}.tmp`, cachePath);
  } catch {
    // A cache that cannot be written only makes the next run slower.
  }
}

/** Says what became of one file: its verb, what cleaning took out, and its notes. */
function report(verb: string, outPath: string, rawPath: string, summary: string, notes: readonly string[]): void {
  console.log(`  ${verb.padEnd(9)} ${show(outPath)}${summary ? `  (took out: ${summary})` : ''}`);
  for (const note of notes) console.log(`  note  ${show(rawPath)}: ${note}`);
}

async function ingestOne(name: string, slug: string): Promise<void> {
  const rawPath = join(rawDir, name);
  const outPath = join(sourcesDir, `${slug}.mdx`);
  const page = fetched[name];
  const bytes = new Uint8Array(await readFile(rawPath));
  const rawSha = sha256(bytes);
  const cacheKey = resolve(rawPath);
  const key = ingestKey({ code: code ?? '', name, defaultLang, maxSentenceLoss, maxBytes, fetched: page });
  const existingText = await readFile(outPath, 'utf8').catch(() => undefined);
  if (useCache) {
    const cached = cachedResult(cache[cacheKey], rawSha, key, existingText);
    if (cached) {
      nextCache[cacheKey] = cached;
      counts.unchanged += 1;
      report('unchanged', outPath, rawPath, cached.summary, cached.notes);
      return;
    }
  }
  // The pipeline and its language models load on the first file the cache cannot answer.
  const { ingestRaw } = await import('../lib/ingest/ingest-raw.ts');
  const result = ingestRaw(bytes, name, {
    defaultLang,
    maxSentenceLoss,
    ...(maxBytes === undefined ? {} : { maxBytes }),
    ...(page ? { fetchedUrl: page.finalUrl, contentType: page.contentType } : {}),
  });
  if (!result.ok) {
    error(rawPath, result.reason);
    // A source made from an earlier version of the file stays published: say so, never silently.
    if (existsSync(outPath)) {
      leftOut.at(-1)!.kept = show(outPath);
      console.log(
        `  note  ${show(outPath)}: kept from an earlier version of ${show(rawPath)} and still published; delete it to leave the article out`,
      );
    }
    return;
  }

  const existing = existingText === undefined ? undefined : readExistingSource(existingText);
  const plan = planWrite(existing, existingText, result.mdx, result.frontmatter.rawSha256, args.force);
  if (plan.action === 'conflict') {
    error(
      outPath,
      `${plan.reason}. Merge the changes from ${show(rawPath)} by hand, or re-run with --force to regenerate it (your version is kept as ${show(outPath)}.bak)`,
      rawPath,
    );
    leftOut.at(-1)!.kept = show(outPath);
    return;
  }
  if (plan.action === 'skip-unchanged') counts.unchanged += 1;
  if (plan.action === 'keep-edited') counts.kept += 1;
  if (plan.action === 'create' || plan.action === 'update' || plan.action === 'force') {
    if (plan.action === 'force') await copyFile(outPath, `${outPath}.bak`);
    const tmp = `${outPath}.tmp`;
    await writeFile(tmp, result.mdx);
    await rename(tmp, outPath);
    counts[plan.action === 'create' ? 'created' : plan.action === 'update' ? 'updated' : 'forced'] += 1;
  }
  const verb = {
    create: 'created',
    update: 'updated',
    force: 'regenerated (backup kept)',
    'skip-unchanged': 'unchanged',
    'keep-edited': 'kept (edited by hand)',
  }[plan.action];
  const rules = Map.groupBy(result.removed, (r) => r.rule);
  const summary = [...rules].map(([rule, items]) => `${rule} ×${items.length}`).join(', ');
  report(verb, outPath, rawPath, summary, result.notes);
  if (plan.action !== 'keep-edited')
    nextCache[cacheKey] = { raw: rawSha, key, generated: sha256(result.mdx), summary, notes: result.notes };
  if (args.verbose) {
    for (const { line, rule } of result.removed)
      console.log(
        `      ${String(line.number).padStart(4)} [${rule}] ${line.text.length > 120 ? `${line.text.slice(0, 117)}…` : line.text}`,
      );
  }
}

/** The story's language from story.yaml, the fallback for articles too short to tell. */
async function readStoryLang(path: string): Promise<string> {
  try {
    const story = parseYaml(await readFile(path, 'utf8')) as { lang?: unknown } | null;
    return typeof story?.lang === 'string' ? story.lang : 'en';
  } catch {
    return 'en';
  }
}

/** `content/raw/fetched.json`, when there is one: an invalid manifest is an error, and pages are read without it. */
async function readFetchedManifest(): Promise<FetchedManifest> {
  const path = join(rawDir, FETCHED_MANIFEST);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  const parsed = parseFetchedManifest(text);
  if (parsed.ok) return parsed.manifest;
  error(
    path,
    `${parsed.reason}; the pages it lists are ingested without the addresses they were fetched from. Fix it, or delete it`,
  );
  return {};
}

/** Writes the `--report` file: every file left out of the site, why, and any earlier source still published. */
async function writeReport(): Promise<void> {
  if (args.report === undefined) return;
  await writeFile(args.report, serializeIngestReport({ leftOut }));
}
