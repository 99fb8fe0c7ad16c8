/**
 * The facts the JSON-LD builders need, taken from collection entries: absolute URLs (site + base)
 * and the fields a source or an event really has. Lives with the routes because it reads entries.
 */
import type { CollectionEntry } from 'astro:content';
import { absoluteUrl } from '../lib/feeds/absolute-url.ts';
import type { ArticleFacts, EventFacts } from '../lib/seo/json-ld.ts';
import type { TimelineEvent } from './timeline.ts';

/** Absolute URL of a page of this site (`site` + `base` + path), as canonical and share URLs need. */
export function pageUrl(path: string, site: URL | undefined): string {
  return absoluteUrl(path, site ?? 'http://localhost/', import.meta.env.BASE_URL);
}

/** What a source page states about its article. */
export function articleFacts(source: CollectionEntry<'sources'>, site: URL | undefined): ArticleFacts {
  const { data } = source;
  return {
    url: pageUrl(`/sources/${source.id}/`, site),
    headline: data.title,
    description: data.dek,
    published: data.published,
    publisher: data.publisher,
    lang: data.lang,
  };
}

/** What an event page states about its event, citing each source article once; with its history, when its page was published and last changed. */
export function eventFacts(
  event: TimelineEvent,
  site: URL | undefined,
  history?: { published: string | undefined; updated: string | undefined },
): EventFacts {
  const { entry } = event;
  const cited = [...new Map(event.citations.map((c) => [c.entry.id, c.entry])).values()];
  return {
    url: pageUrl(`/events/${entry.id}/`, site),
    name: entry.data.title,
    description: event.summary,
    start: entry.data.date,
    end: entry.data.end,
    places: entry.data.places,
    tags: entry.data.tags,
    citedArticles: cited.map((source) => articleFacts(source, site)),
    published: history?.published,
    modified: history?.updated,
  };
}
