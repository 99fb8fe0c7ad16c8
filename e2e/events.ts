/**
 * The events as the content files define them, read straight from `content/events/`, so the
 * browser tests compare the built pages against the content rather than against fixed values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { isDisputed } from '../src/lib/timeline/disputes.ts';
import { sortEvents } from '../src/lib/timeline/sort-events.ts';
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
  };
  disputed: boolean;
};

/** Every reviewed event in timeline order. */
export function listEvents(): ContentEvent[] {
  const events = readdirSync(eventsDir)
    .filter((n) => n.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(`${eventsDir}${name}`, 'utf8');
      const fm = splitFrontmatter(text)!.data;
      const sources = (fm['sources'] as { source: string; quote: string; date?: string; says?: string }[]).map((c) => ({ ...c, source: { id: c.source } }));
      const data = { title: String(fm['title']), date: String(fm['date']), disputed: fm['disputed'] === true, sources, ...(fm['end'] ? { end: String(fm['end']) } : {}) };
      return { id: name.slice(0, -4), data, disputed: isDisputed({ data }) };
    });
  return sortEvents(events);
}

/** URL path (with base) of a page of the site. */
export const url = (path: string): string => withBase(path, base);
