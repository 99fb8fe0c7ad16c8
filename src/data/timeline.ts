/**
 * The timeline as the routes need it: events in order, each with its verified citations,
 * dispute flag and corroboration count. Citations are checked here, once per build: a quote that
 * is not in its source fails the build with every such problem listed.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readdir, readFile } from 'node:fs/promises';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { awaitsReview } from '../lib/extract/automatic-event-file.ts';
import { resolveCitations } from '../lib/timeline/citations.ts';
import { corroboration, isDisputed } from '../lib/timeline/disputes.ts';
import { yearOf } from '../lib/timeline/event-date.ts';
import { findIdClashes, type CollectionFile } from '../lib/timeline/id-clashes.ts';
import { sortEvents } from '../lib/timeline/sort-events.ts';
import { collectTerms, termsOf } from '../lib/timeline/terms.ts';
import type { SourceEntry, Timeline, TimelineEvent } from '../lib/timeline/model.ts';
import { termKey } from '../lib/slugify.ts';
import { plainText, sourceParagraphs } from '../lib/timeline/source-paragraphs.ts';
import { eventRedirects, handedOnRedirects } from '../lib/timeline/aliases.ts';
import { parseRetired, retiredFile } from '../lib/extract/retired-ids.ts';
import { withOpenFile } from '../lib/open-files.ts';
import { storyContentPath } from '../lib/stories/stories.ts';
import { getStory } from './site.ts';

export type { Citation, Timeline, TimelineEvent } from '../lib/timeline/model.ts';

let cached: Promise<Timeline> | undefined;

/** Loads and verifies the timeline (once per build). */
export function getTimeline(): Promise<Timeline> {
  cached ??= loadTimeline();
  return cached;
}

async function loadTimeline(): Promise<Timeline> {
  const [collected, sources, story] = await Promise.all([
    getCollection('events'),
    getCollection('sources'),
    getStory(),
  ]);
  const texts = await Promise.all(collected.map((entry) => withOpenFile(() => readEventFile(entry))));
  // The dev server's store can lag a deleted file by a moment (an event rejected while it runs):
  // that entry is on its way out, so it is left out rather than failing the page.
  const all = collected.filter((_, i) => texts[i] !== null);
  const reviewed = new Map(collected.map((e, i) => [e.id, isReviewed(e, texts[i])]));
  // A story may publish reviewed events only: the others are left out of every page and feed.
  const events = story.publishUnreviewed ? all : all.filter((e) => reviewed.get(e.id));
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  const paragraphs = new Map(sources.map((s) => [s.id, sourceParagraphs(s.body ?? '')]));
  const lag = { storeMayLag: import.meta.env.DEV };
  const clashes = [
    ...findIdClashes('events', await listCollectionFiles(`${storyContentPath()}/events`), all, lag),
    ...findIdClashes('sources', await listCollectionFiles(`${storyContentPath()}/sources`), sources, lag),
  ];
  if (clashes.length > 0)
    throw new Error(
      `${clashes.length} content file${clashes.length === 1 ? '' : 's'} would be lost:\n- ${clashes.join('\n- ')}`,
    );
  const { citations, errors } = resolveCitations(events, paragraphs);
  if (errors.length > 0) {
    throw new Error(
      `${errors.length} citation${errors.length === 1 ? '' : 's'} could not be verified:\n- ${errors.join('\n- ')}`,
    );
  }
  const linkable = events.map((e) => ({ id: e.id, title: e.data.title, aliases: e.data.aliases }));
  const { redirects, errors: aliasErrors } = eventRedirects(linkable, `${storyContentPath()}/events`);
  // Old automatic ids that no automatic event took over lead to the reviewed event extract named.
  const handedOn = await readFile(`${storyContentPath()}/events/${retiredFile}`, 'utf8').then(parseRetired, () => []);
  redirects.push(...handedOnRedirects(handedOn, linkable));
  if (aliasErrors.length > 0)
    throw new Error(
      `${aliasErrors.length} alias${aliasErrors.length === 1 ? '' : 'es'} clash:\n- ${aliasErrors.join('\n- ')}`,
    );
  const byEvent = Map.groupBy(citations, (c) => c.eventId);
  const timeline: TimelineEvent[] = sortEvents(events).map((entry) => ({
    entry,
    disputed: isDisputed(entry),
    corroboration: corroboration(entry),
    reviewed: reviewed.get(entry.id)!,
    summary: plainText(entry.body ?? ''),
    citations: (byEvent.get(entry.id) ?? []).map((c) => ({
      ...entry.data.sources[c.index]!,
      entry: sourcesById.get(c.sourceId)!,
      paragraph: c.paragraph,
      start: c.start,
      end: c.end,
    })),
    terms: [],
  }));
  const terms = collectTerms(timeline, (e) => e.entry);
  const slugs = new Map(terms.map((t) => [termKey(t), t.slug]));
  for (const event of timeline) event.terms = termsOf(event.entry).map((t) => ({ ...t, slug: slugs.get(termKey(t))! }));
  return { sources, events: timeline, terms, redirects };
}

/**
 * Whether an editor has reviewed an event: it says so (hand-written events do by default), or it
 * is an automatic event whose file no longer matches the stamp extract wrote, because an editor
 * changed it; an edited file is the editor's.
 */
function isReviewed(entry: CollectionEntry<'events'>, text: string | null | undefined): boolean {
  if (entry.data.reviewed) return true;
  if (typeof text !== 'string') return false;
  return !awaitsReview(entry.data, text);
}

/** An event's file as it is on disk: undefined when the entry has no file, null when its file is gone. */
async function readEventFile(entry: CollectionEntry<'events'>): Promise<string | null | undefined> {
  if (!entry.filePath) return undefined;
  return readFile(entry.filePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/**
 * The files a collection's glob loader reads (`*.mdx` directly in `dir`, as in content.config.ts),
 * with their frontmatter `slug`, to tell which of them the loader dropped.
 */
async function listCollectionFiles(dir: string): Promise<CollectionFile[]> {
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.mdx')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = `${dir}/${name}`;
      let slug: unknown;
      try {
        slug = splitFrontmatter(await withOpenFile(() => readFile(path, 'utf8')))?.data['slug'];
      } catch {
        // Invalid YAML is reported by the content layer itself, with its position.
      }
      return { path, slug: slug === undefined || slug === null ? undefined : String(slug) };
    }),
  );
}

/** Events grouped by the year they start in, in timeline order. */
export function groupByYear(events: readonly TimelineEvent[]): { year: number; events: TimelineEvent[] }[] {
  return [...Map.groupBy(events, (e) => yearOf(e.entry.data.date))].map(([year, group]) => ({ year, events: group }));
}

/** The name a reader knows a source by: its publisher, or its id when the text names none. */
export function sourceLabel(source: SourceEntry): string {
  return source.data.publisher || source.id;
}
