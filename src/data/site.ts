/**
 * Loaders shared by the routes and the site-wide layout. They read collections, so they live with
 * the routes rather than in `src/lib/` (which never imports `astro:content`).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { storyContentDir } from '../lib/stories/stories.ts';

/** The story described by `story.yaml` (`content/story.yaml` for a site of one story); a missing or empty file is a clear build error. */
export async function getStory(): Promise<CollectionEntry<'story'>['data']> {
  const entry = await getEntry('story', 'story');
  if (!entry) throw new Error(`${storyContentDir()}/story.yaml: expected a story (title, standfirst); found none`);
  return entry.data;
}

/** Every source, oldest first; sources without a date come last, ties broken by title. */
export async function getSortedSources(): Promise<CollectionEntry<'sources'>[]> {
  const sources = await getCollection('sources');
  return sources.sort(
    (a, b) =>
      compareDates(a.data.published, b.data.published) ||
      a.data.title.localeCompare(b.data.title) ||
      a.id.localeCompare(b.id),
  );
}

// ISO 8601 strings of any precision sort correctly as text ("2026-01" < "2026-01-28" < "2026-01-28T21:10").
function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return a < b ? -1 : 1;
}
