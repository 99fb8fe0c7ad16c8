/**
 * `/events.json`: the timeline as data, the canonical machine-readable form every other feed is
 * projected from. Its shape is versioned (`version: 1`, additive changes only) and described by
 * `schemas/events.schema.json`.
 */
// Type-only imports: the input types come from the collection schemas and getTimeline(), while
// nothing from astro:content runs here, so tests pass plain objects.
import type { CollectionEntry } from 'astro:content';
import type { Timeline, TimelineEvent } from '../timeline/model.ts';
import { precisionOf, type Precision } from '../timeline/event-date.ts';
import { firstReport } from '../timeline/first-report.ts';
import { absoluteUrl } from './absolute-url.ts';

/** A citation as published: the quote, its source and the paragraph that holds it. */
export type PublishedCitation = {
  source: string;
  sourceTitle: string;
  publisher: string;
  quote: string;
  date?: string;
  says?: string;
  paragraph: number;
  url: string;
  /** "first", "+2 days", "same day", or "undated": when this source reported it, against the first report. */
  lag: string;
};

/** An event as published. */
export type PublishedEvent = {
  id: string;
  url: string;
  title: string;
  /** The language of the title and summary, when it is not the story's. */
  lang?: string;
  date: string;
  end?: string;
  precision: Precision;
  approximate: boolean;
  disputed: boolean;
  corroboration: number;
  /** False for an event the pipeline wrote that no editor has reviewed yet. */
  reviewed: boolean;
  /** True for a happening from before the period the articles cover, which the story recalls. */
  background: boolean;
  /** Former ids of the event, whose URLs redirect to it. */
  aliases: string[];
  summary: string;
  tags: string[];
  actors: string[];
  places: string[];
  citations: PublishedCitation[];
  /** Who reported it first: several sources when tied, none when no source is dated. */
  firstReported: { sources: string[]; date?: string; tie: boolean };
  /** Corrections printed with it, oldest first. */
  corrections: { date: string; note: string }[];
  /** When it was first published and last changed on the site (from the content's history), when known. */
  published?: string;
  updated?: string;
};

/** A source as published. */
export type PublishedSource = {
  id: string;
  url: string;
  title: string;
  publisher: string;
  published: string;
  lang: string;
  words: number;
};

/** The whole `/events.json` document. */
export type EventsDocument = {
  version: 1;
  generated: string;
  site: string;
  story: { title: string; standfirst: string; lang: string };
  events: PublishedEvent[];
  sources: PublishedSource[];
};

/** The parts of `getTimeline()`'s result the feeds publish. */
export type FeedTimeline = {
  events: Pick<TimelineEvent, 'entry' | 'citations' | 'disputed' | 'corroboration' | 'reviewed' | 'summary'>[];
  sources: Timeline['sources'];
};

/** Where and when the site is built: `site` and `base` as in astro.config, `generated` the build time. */
export type BuildContext = { site: string | URL; base: string; generated: Date };

/** When each event was first published and last changed, by id, when the build has the history. */
export type PublicationDates = ReadonlyMap<string, { published: string | undefined; updated: string | undefined }>;

/** Shapes the verified timeline (events in timeline order, sources in the order given) into `/events.json`. */
export function toEventsDocument(
  timeline: FeedTimeline,
  story: CollectionEntry<'story'>['data'],
  build: BuildContext,
  dates: PublicationDates = new Map(),
): EventsDocument {
  const url = (path: string) => absoluteUrl(path, build.site, build.base);
  return {
    version: 1,
    generated: build.generated.toISOString(),
    site: url('/'),
    story: { title: story.title, standfirst: story.standfirst, lang: story.lang },
    events: timeline.events.map(({ entry, citations, disputed, corroboration, reviewed, summary }) => {
      const { title, lang, date, end, approximate, background, tags, actors, places, corrections } = entry.data;
      const first = firstReport(citations.map((c) => ({ source: c.entry.id, published: c.entry.data.published })));
      const timing = new Map(first.timings.map((t) => [t.source, t.status === 'later' ? t.lag : t.status]));
      const { published, updated } = dates.get(entry.id) ?? {};
      return {
        id: entry.id,
        url: url(`/events/${entry.id}/`),
        title,
        ...(lang === undefined ? {} : { lang }),
        date,
        ...(end === undefined ? {} : { end }),
        precision: precisionOf(date),
        approximate,
        disputed,
        corroboration,
        reviewed,
        background,
        aliases: entry.data.aliases,
        summary,
        tags,
        actors,
        places,
        citations: citations.map((c) => ({
          source: c.entry.id,
          sourceTitle: c.entry.data.title,
          publisher: c.entry.data.publisher,
          quote: c.quote,
          ...(c.date === undefined ? {} : { date: c.date }),
          ...(c.says === undefined ? {} : { says: c.says }),
          paragraph: c.paragraph,
          url: url(`/sources/${c.entry.id}/#p-${c.paragraph}`),
          lag: timing.get(c.entry.id)!,
        })),
        firstReported: {
          sources: first.first,
          ...(first.date === undefined ? {} : { date: first.date }),
          tie: first.tie,
        },
        corrections: corrections.map(({ date: on, note }) => ({ date: on, note })),
        ...(published === undefined ? {} : { published }),
        ...(updated === undefined ? {} : { updated }),
      };
    }),
    sources: timeline.sources.map(({ id, data }) => ({
      id,
      url: url(`/sources/${id}/`),
      title: data.title,
      publisher: data.publisher,
      published: data.published,
      lang: data.lang,
      words: data.words,
    })),
  };
}
