/**
 * The first story's events as the content files define them, read straight from `content/events/`,
 * so that its browser tests follow its content as it changes. Nothing here is computed with the
 * site's code: the rules (timeline order, disputes, terms, first reports) are checked with values
 * written in `fixture-story.spec.ts`; here the order is the one the built timeline shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { selectAll } from 'hast-util-select';
import { awaitsReview } from '../src/lib/extract/automatic-event-file.ts';
import { withBase } from '../src/lib/with-base.ts';
import { parsed } from './resolve.ts';
import { base, fileForPath } from './site.ts';

const eventsDir = fileURLToPath(new URL('../content/events/', import.meta.url));

export type ContentEvent = {
  id: string;
  data: {
    title: string;
    date: string;
    end?: string;
    sources: { source: { id: string }; quote: string; date?: string; says?: string }[];
    tags: string[];
    actors: string[];
    places: string[];
  };
  /** The summary (the MDX body) as written. */
  summary: string;
  /** False for an automatic event no editor has reviewed (it says so and its file is as extract wrote it). */
  reviewed: boolean;
};

/** Every event, reviewed or automatic, in the order the built timeline on `/` shows them. */
export function listEvents(): ContentEvent[] {
  const events = new Map(readContentEvents().map((e) => [e.id, e]));
  const shown = selectAll('article[data-event]', parsed(fileForPath(url('/'))!)).map((a) => String(a.properties['id']));
  const missing = [...events.keys()].filter((id) => !shown.includes(id));
  const extra = shown.filter((id) => !events.has(id));
  const twice = shown.filter((id, i) => shown.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`the built timeline shows ${twice.join(', ')} more than once`);
  if (missing.length + extra.length > 0)
    throw new Error(
      `the built timeline does not show the content's events (missing ${missing}, extra ${extra}): rebuild the site`,
    );
  return shown.map((id) => events.get(id)!);
}

/** Every event file of `content/events/`, by file name (code-unit order, as `toSorted` gives). */
export function readContentEvents(): ContentEvent[] {
  return readdirSync(eventsDir)
    .filter((n) => n.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(`${eventsDir}${name}`, 'utf8');
      const { data: fm, body } = splitFrontmatter(text)!;
      const names = (key: string) => (fm[key] as string[] | undefined) ?? [];
      const sources = (fm['sources'] as { source: string; quote: string; date?: string; says?: string }[]).map((c) => ({
        ...c,
        source: { id: c.source },
      }));
      const data = {
        title: String(fm['title']),
        date: String(fm['date']),
        sources,
        tags: names('tags'),
        actors: names('actors'),
        places: names('places'),
        ...(fm['end'] ? { end: String(fm['end']) } : {}),
      };
      const reviewed = !awaitsReview(fm, text);
      return { id: name.slice(0, -4), data, summary: body.trim(), reviewed };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** URL path (with base) of a page of the site. */
export const url = (path: string): string => withBase(path, base);
