/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied from it instead of rendered again.
 *
 * A key must change whenever anything the page shows changes, so each route keys its pages on
 * everything it renders from (its props and what it reads from the loaders) plus what every page's
 * layout shows (`siteInputs`). A content entry counts by its file's digest, not its text: a cited
 * source changes the key of every page that cites it, whatever of it the page shows.
 */
import { createHash } from 'node:crypto';
import { getStory } from './site.ts';
import { getTimeline } from './timeline.ts';

/** What BaseLayout shows on every page: the story and the number of sources. */
export async function siteInputs(): Promise<unknown> {
  const [story, { sources }] = await Promise.all([getStory(), getTimeline()]);
  return { story, sources: sources.length };
}

/** The key of a page rendered from `inputs` (any JSON-able values, content entries and Maps included). */
export function pageKey(...inputs: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs, compact)).digest('base64url');
}

function compact(this: unknown, _key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  if (isEntry(value)) return `${value.collection}/${value.id}#${value.digest ?? JSON.stringify(value.data)}`;
  return value;
}

function isEntry(value: unknown): value is { collection: string; id: string; digest?: string; data: unknown } {
  return typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;
}
