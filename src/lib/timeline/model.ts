/**
 * The timeline model every route and feed shares: events in order, each with its verified
 * citations, dispute flag, corroboration count and review status. Types only, derived from the
 * collection schemas; `src/data/timeline.ts` builds values of them once per build.
 */
// Type-only import: nothing from astro:content runs in src/lib, so tests pass plain objects.
import type { CollectionEntry } from 'astro:content';
import type { Term } from '../slugify.ts';
import type { EventRedirect } from './aliases.ts';
import type { TermPage } from './terms.ts';

export type EventEntry = CollectionEntry<'events'>;
export type SourceEntry = CollectionEntry<'sources'>;

/** One citation of an event, pinned to its paragraph in the source. */
export type Citation = EventEntry['data']['sources'][number] & {
  entry: SourceEntry;
  paragraph: number;
  start: number;
  end: number;
};

/** An event with everything its pages show. */
export type TimelineEvent = {
  entry: EventEntry;
  citations: Citation[];
  disputed: boolean;
  corroboration: number;
  /** False for an event the pipeline wrote that no editor has reviewed yet. */
  reviewed: boolean;
  /** The summary as plain text, for descriptions and feeds. */
  summary: string;
  /** Its tags, actors and places, each with the slug of its page under `/tags/`. */
  terms: (Term & { slug: string })[];
};

export type Timeline = {
  events: TimelineEvent[];
  sources: SourceEntry[];
  /** Every tag, actor and place, with its events in timeline order. */
  terms: TermPage<TimelineEvent>[];
  /** Old event URLs (aliases) that must redirect to their events. */
  redirects: EventRedirect[];
};
