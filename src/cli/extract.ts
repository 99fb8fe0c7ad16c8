/**
 * `npm run extract`: dated statements in content/sources → event drafts in content/events/_drafts/.
 * Drafts already covered by a reviewed event are reported, not written; a draft an editor has
 * changed is never overwritten; reviewed events (content/events/*.mdx) are never touched.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tagDates } from '../lib/dates/tag-dates.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { anchorRelativePhrases } from '../lib/extract/anchor-relative.ts';
import { clusterSentences } from '../lib/extract/cluster-sentences.ts';
import { findDatedSentences, type DatedSentence } from '../lib/extract/dated-sentences.ts';
import { draftEvent } from '../lib/extract/draft-event.ts';
import { foldForMatching } from '../lib/timeline/quote-match.ts';
import { sourceParagraphs } from '../lib/timeline/source-paragraphs.ts';

const usage = `Usage: npm run extract -- [--content DIR] [--all]

Finds dated statements in content/sources/*.mdx, clusters them across sources and writes event
drafts to content/events/_drafts/ for an editor to review.

  --content DIR   content directory (default: content)
  --all           also write drafts that reviewed events already cover`;

function readArgs() {
  try {
    return parseArgs({ options: { content: { type: 'string', default: 'content' }, all: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } }).values;
  } catch (error) {
    console.error(`extract: ${(error as Error).message}\n\n${usage}`);
    return process.exit(2);
  }
}
const args = readArgs();
if (args.help) {
  console.log(usage);
  process.exit(0);
}

const sourcesDir = join(args.content, 'sources');
const eventsDir = join(args.content, 'events');
const draftsDir = join(eventsDir, '_drafts');

/** Splits an MDX file into parsed frontmatter and body, or stops with a message naming the file. */
function splitMdx(text: string, file: string): { data: Record<string, unknown>; body: string } {
  try {
    const split = splitFrontmatter(text);
    if (split) return split;
    console.error(`extract: ${file}: no YAML frontmatter between --- lines`);
  } catch (error) {
    console.error(`extract: ${file}: invalid YAML frontmatter: ${(error as Error).message}`);
  }
  return process.exit(1);
}

const mdxFiles = async (dir: string): Promise<string[]> => (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.mdx')).sort();

const sentences: DatedSentence[] = [];
const paragraphsBySource = new Map<string, string[]>();
const publicationDays = new Set<string>();
const sourceFiles = await mdxFiles(sourcesDir);
if (sourceFiles.length === 0) {
  console.error(`extract: no sources in ${sourcesDir}/: run npm run ingest first`);
  process.exit(1);
}
for (const name of sourceFiles) {
  const file = join(sourcesDir, name);
  const { data, body } = splitMdx(await readFile(file, 'utf8'), file);
  const published = typeof data['published'] === 'string' ? data['published'] : '';
  if (!/^\d{4}-\d{2}-\d{2}/.test(published)) {
    console.log(`  note  ${file}: no day-precise published date, so relative dates ("on Monday") cannot be resolved; skipped`);
    continue;
  }
  const paragraphs = sourceParagraphs(body);
  paragraphsBySource.set(name.slice(0, -4), paragraphs);
  publicationDays.add(published.slice(0, 10));
  sentences.push(...findDatedSentences(name.slice(0, -4), paragraphs, published.slice(0, 10), tagDates));
}
sentences.push(...anchorRelativePhrases(paragraphsBySource, sentences));

// What reviewed events already cite, to tell which drafts are new.
const reviewed: { id: string; source: string; quote: string }[] = [];
for (const name of await mdxFiles(eventsDir)) {
  const { data } = splitMdx(await readFile(join(eventsDir, name), 'utf8'), join(eventsDir, name));
  for (const c of (data['sources'] as { source?: unknown; quote?: unknown }[] | undefined) ?? []) {
    if (typeof c.source === 'string' && typeof c.quote === 'string') reviewed.push({ id: name.slice(0, -4), source: c.source, quote: foldForMatching(c.quote).folded });
  }
}
// Indexed by source, so checking a cluster costs the reviewed quotes of its own sources only.
const reviewedBySource = Map.groupBy(reviewed, (r) => r.source);
const coveredBy = (cluster: DatedSentence[]): string | undefined => {
  const ids = cluster.map((s) => {
    const sentence = foldForMatching(s.sentence).folded;
    return reviewedBySource.get(s.sourceId)?.find((r) => sentence.includes(r.quote))?.id;
  });
  return ids.every((id) => id !== undefined) ? ids[0] : undefined;
};

await mkdir(draftsDir, { recursive: true });
const clusters = clusterSentences(sentences, publicationDays);
const counts = { written: 0, unchanged: 0, kept: 0, covered: 0 };
for (const cluster of clusters) {
  const draft = draftEvent(cluster);
  const covered = coveredBy(cluster);
  if (covered && !args.all) {
    counts.covered += 1;
    console.log(`  covered   ${cluster[0]!.date.padEnd(10)} ${draft.slug} (by reviewed event ${covered})`);
    continue;
  }
  const path = join(draftsDir, `${draft.slug}.mdx`);
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing !== undefined && existing !== draft.mdx) {
    counts.kept += 1;
    console.log(`  kept      ${path} (changed by an editor)`);
    continue;
  }
  if (existing === draft.mdx) counts.unchanged += 1;
  else {
    await writeFile(path, draft.mdx);
    counts.written += 1;
  }
  console.log(`  draft     ${cluster[0]!.date.padEnd(10)} ${path} (${draft.sources} source${draft.sources === 1 ? '' : 's'})`);
}
console.log(
  `extract: ${sentences.length} dated statements in ${sourceFiles.length} sources → ${clusters.length} proposed events: ${counts.covered} already reviewed, ${counts.written} drafts written, ${counts.unchanged} unchanged, ${counts.kept} kept (edited) in ${draftsDir}/`,
);
