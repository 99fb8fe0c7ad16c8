/**
 * What a multi-story site's own pages show, computed from each story's built `/events.json`
 * (the stories' published data, after their builds verified it): the stories for the home page,
 * most recently updated first, and the actors, places and tags they share, each with its events
 * grouped by story. Pure: the site's data loader reads the files and hands them over.
 */
import type { EventsDocument, PublishedEvent } from '../feeds/events-json.ts';
import { yearOf } from '../timeline/event-date.ts';
import { slugify, type Term, type TermKind } from '../slugify.ts';
import { termsOf } from '../timeline/terms.ts';

/** One story's built `events.json`, with the slug it is served under. */
export type BuiltStory = { slug: string; document: EventsDocument };

/** A story as the home page lists it. */
export type StorySummary = {
  slug: string;
  title: string;
  standfirst: string;
  lang: string;
  events: number;
  /** Events no editor has reviewed yet (published marked as such). */
  unreviewed: number;
  sources: number;
  /** First and last year its events fall in; undefined for a story with no event yet. */
  span: { from: number; to: number } | undefined;
  /** When it last changed: its newest event change (from the content's history) or newest article, as a day; undefined when neither is known. */
  updated: string | undefined;
};

/** The later of two ISO dates cut to the day (either may be missing). */
function laterDay(a: string | undefined, b: string | undefined): string | undefined {
  const day = (d: string | undefined) => (d ? d.slice(0, 10) : undefined);
  const [x, y] = [day(a), day(b)];
  if (x === undefined) return y;
  if (y === undefined) return x;
  return x >= y ? x : y;
}

/** What the home page says of one story. */
export function summarize({ slug, document }: BuiltStory): StorySummary {
  const years = document.events.map((e) => yearOf(e.date));
  const changed = [...document.events.map((e) => e.updated), ...document.sources.map((s) => s.published)];
  return {
    slug,
    title: document.story.title,
    standfirst: document.story.standfirst,
    lang: document.story.lang,
    events: document.events.length,
    unreviewed: document.events.filter((e) => !e.reviewed).length,
    sources: document.sources.length,
    span: years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : undefined,
    updated: changed.reduce<string | undefined>((latest, date) => laterDay(latest, date || undefined), undefined),
  };
}

/** The stories, most recently updated first (stories with no known update last), then by title. */
export function orderStories(stories: readonly StorySummary[]): StorySummary[] {
  return [...stories].sort(
    (a, b) =>
      (b.updated ?? '').localeCompare(a.updated ?? '') ||
      a.title.localeCompare(b.title, 'en') ||
      a.slug.localeCompare(b.slug),
  );
}

/** An event of one story, as a shared term page lists it. */
export type StoryEvent = { story: string; event: PublishedEvent };

/** The URL segment of each kind's shared pages: `/actors/<slug>/`, `/places/<slug>/`, `/tags/<slug>/`. */
export const sharedKindPaths: Record<TermKind, string> = { tag: 'tags', actor: 'actors', place: 'places' };

/**
 * The path (under the site's base) of the page a term shares across the stories: its kind's
 * folder and its name's slug. Names that slug alike within a kind ("Port Authority", "Port
 * authority") are one page, as they are one actor; a story's page of a term links here by its
 * kind and name alone, so the stories never need to know each other.
 */
export function sharedTermPath({ kind, name }: Term): string {
  return `/${sharedKindPaths[kind]}/${slugify(name)}/`;
}

/** A term shared across the site: its events, grouped by story in the order given. */
export type SharedTerm = {
  kind: TermKind;
  /** The name most of its events give it (the first in code-unit order on a tie). */
  name: string;
  slug: string;
  path: string;
  /** How many events carry it, across the stories. */
  count: number;
  byStory: { story: string; events: PublishedEvent[] }[];
};

/**
 * Every actor, place and tag of the site's stories, one page each (see {@link sharedTermPath}),
 * its events grouped by story in the order of `storyOrder` (slugs), each story's events in its
 * timeline order. Ordered as a story's own index is: by kind, most events first, then by name.
 */
export function sharedTerms(stories: readonly BuiltStory[], storyOrder: readonly string[]): SharedTerm[] {
  const pages = new Map<string, { term: Term; names: Map<string, number>; events: StoryEvent[] }>();
  for (const { slug: story, document } of stories)
    for (const event of document.events)
      for (const term of termsOf({ data: event })) {
        const path = sharedTermPath(term);
        let page = pages.get(path);
        if (!page) pages.set(path, (page = { term, names: new Map(), events: [] }));
        page.names.set(term.name, (page.names.get(term.name) ?? 0) + 1);
        // An event that gives two spellings of one name is listed once.
        if (page.events.at(-1)?.event !== event) page.events.push({ story, event });
      }
  const kindRank = { tag: 0, actor: 1, place: 2 } as const;
  return [...pages.entries()]
    .map(([path, { term, names, events }]) => {
      const name = [...names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
      return {
        kind: term.kind,
        name,
        slug: slugify(name),
        path,
        count: events.length,
        byStory: storyOrder
          .map((story) => ({ story, events: events.filter((e) => e.story === story).map((e) => e.event) }))
          .filter((group) => group.events.length > 0),
      };
    })
    .sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || b.count - a.count || a.name.localeCompare(b.name, 'en'));
}
