/**
 * The review queue read from disk: every automatic event directly in `content/events/` that awaits
 * review, with the names and dates of the sources it cites, in the order an editor should look at
 * them. Shared by the review page and the endpoints, so both show the files as they are.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { storyContentDir } from '../../lib/stories/stories.ts';
import { splitFrontmatter } from '../../lib/frontmatter.ts';
import { isContentId } from '../../lib/review/event-file.ts';
import { orderQueue, reviewItem, type ReviewItem, type SourceFacts } from '../../lib/review/review-item.ts';

/** The content folder of this dev server's story (`content`, or the story `DATELINE_STORY` names), and its events folder as messages name it. */
export const contentFolder = storyContentDir();
export const eventsFolder = `${contentFolder}/events`;

/** Reads what the review needs of the sources an event cites (publisher and date), once each. */
export function sourceFactsReader(
  root: string,
): (ids: readonly string[]) => Promise<(id: string) => SourceFacts | undefined> {
  const known = new Map<string, SourceFacts | undefined>();
  return async (ids) => {
    await Promise.all(
      ids
        .filter((id) => !known.has(id))
        .map(async (id) => {
          // A citation's source id comes from an event file: only a plain name is ever read.
          if (!isContentId(id)) return known.set(id, undefined);
          const text = await readFile(resolve(root, contentFolder, 'sources', `${id}.mdx`), 'utf8').catch(
            () => undefined,
          );
          let data: Record<string, unknown> | undefined;
          try {
            data = text === undefined ? undefined : splitFrontmatter(text)?.data;
          } catch {
            data = undefined;
          }
          const field = (v: unknown) => (typeof v === 'string' ? v : '');
          return known.set(id, data && { name: field(data['publisher']) || id, published: field(data['published']) });
        }),
    );
    return (id) => known.get(id);
  };
}

/** The source ids an event file cites; none when its frontmatter cannot be read. */
function citedSources(text: string): string[] {
  let data: Record<string, unknown> | undefined;
  try {
    data = splitFrontmatter(text)?.data;
  } catch {
    return [];
  }
  const sources = Array.isArray(data?.['sources']) ? (data['sources'] as unknown[]) : [];
  return sources.flatMap((c) => {
    const source = (c ?? {}) as Record<string, unknown>;
    return typeof source['source'] === 'string' ? [source['source']] : [];
  });
}

/** Reads one event file as a review item; undefined when it is missing, not a plain file, or does not await review. */
export async function readReviewItem(
  root: string,
  id: string,
  facts = sourceFactsReader(root),
): Promise<{ text: string; item: ReviewItem | undefined } | undefined> {
  const path = resolve(root, eventsFolder, `${id}.mdx`);
  const stat = await lstat(path).catch(() => undefined);
  if (!stat?.isFile()) return undefined;
  // Gone since the lstat (rejected, or removed by hand): as if it had never been there.
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let item: ReviewItem | undefined;
  try {
    item = reviewItem(id, text, eventsFolder, await facts(citedSources(text)));
  } catch {
    // Invalid YAML: not an event the review can show; the build names the problem.
    item = undefined;
  }
  return { text, item };
}

/** Every automatic event awaiting review, strongest evidence first, as `npm run review` lists them. */
export async function loadQueue(root: string): Promise<ReviewItem[]> {
  const names = (await readdir(resolve(root, eventsFolder)).catch(() => [] as string[])).filter((n) =>
    n.endsWith('.mdx'),
  );
  const facts = sourceFactsReader(root);
  const read = await Promise.all(
    names
      .map((name) => name.slice(0, -'.mdx'.length))
      .filter(isContentId)
      .map((id) => readReviewItem(root, id, facts)),
  );
  return orderQueue(read.flatMap((r) => (r?.item ? [r.item] : [])));
}
