/**
 * The events as the content files define them, read straight from `content/events/`, so the
 * browser tests compare the built pages against the content rather than against fixed values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { awaitsReview } from '../src/lib/extract/automatic-event-file.ts';
import { isDisputed } from '../src/lib/timeline/disputes.ts';
import { sortEvents } from '../src/lib/timeline/sort-events.ts';
import { collectTerms, type TermPage } from '../src/lib/timeline/terms.ts';
import { withBase } from '../src/lib/with-base.ts';
import { base } from './site.ts';

const eventsDir = fileURLToPath(new URL('../content/events/', import.meta.url));

export type ContentEvent = {
  id: string;
  data: {
    title: string;
    date: string;
    end?: string;
    disputed: boolean;
    sources: { source: { id: string }; quote: string; date?: string; says?: string }[];
    tags: string[];
    actors: string[];
    places: string[];
  };
  disputed: boolean;
  /** The summary (the MDX body) as written. */
  summary: string;
  /** False for an automatic event no editor has reviewed (it says so and its file is as extract wrote it). */
  reviewed: boolean;
};

/** Every event in timeline order, reviewed or automatic. */
export function listEvents(): ContentEvent[] {
  const events = readdirSync(eventsDir)
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
        disputed: fm['disputed'] === true,
        sources,
        tags: names('tags'),
        actors: names('actors'),
        places: names('places'),
        ...(fm['end'] ? { end: String(fm['end']) } : {}),
      };
      const reviewed = !awaitsReview(fm, text);
      return { id: name.slice(0, -4), data, disputed: isDisputed({ data }), summary: body.trim(), reviewed };
    });
  return sortEvents(events);
}

/** URL path (with base) of a page of the site. */
export const url = (path: string): string => withBase(path, base);

/** Every tag, actor and place with its slug and its events in timeline order, as the tag pages should list them. */
export function listTerms(): TermPage<ContentEvent>[] {
  return collectTerms(listEvents(), (e) => e);
}
