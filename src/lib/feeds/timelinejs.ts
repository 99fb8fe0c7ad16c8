/**
 * `/timeline.json`: the events in TimelineJS 3's JSON format (timeline.knightlab.com/docs/json-format.html),
 * so the same data can feed a TimelineJS embed. Projected from `/events.json`; described by
 * `schemas/timeline.schema.json`.
 */
import { formatSpan, periodStart, precisionOf } from '../timeline/event-date.ts';
import { withReviewNote } from './review-note.ts';
import { escapeMarkup } from './escape-markup.ts';
import type { EventsDocument, PublishedEvent } from './events-json.ts';
import type { CollectionEntry } from 'astro:content';

/** A story era as `content/story.yaml` gives it. */
export type StoryEra = CollectionEntry<'story'>['data']['eras'][number];

/** A TimelineJS date: only the parts the ISO date gives, so TimelineJS shows it at its precision. */
export type TimelineJsDate = { year: number; month?: number; day?: number; hour?: number; minute?: number };

/** A TimelineJS text object; both fields hold HTML. */
export type TimelineJsText = { headline: string; text: string };

/** A TimelineJS event slide. */
export type TimelineJsSlide = {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date: string;
  text: TimelineJsText;
  group?: string;
  autolink: false;
};

/** A TimelineJS era: a labelled band behind the slides, from its start to its end. */
export type TimelineJsEra = { start_date: TimelineJsDate; end_date: TimelineJsDate; text: TimelineJsText };

/** The whole `/timeline.json` document. */
export type TimelineJsDocument = { title: { text: TimelineJsText }; events: TimelineJsSlide[]; eras?: TimelineJsEra[] };

/** Converts the events document to TimelineJS 3 JSON: a title slide for the story, one slide per event, and the story's eras. */
export function toTimelineJs(doc: EventsDocument, eras: readonly StoryEra[] = []): TimelineJsDocument {
  return {
    ...(eras.length === 0 ? {} : { eras: eras.map((era) => timelineJsEra(era, doc.events)) }),
    title: { text: { headline: escapeMarkup(doc.story.title), text: `<p>${escapeMarkup(doc.story.standfirst)}</p>` } },
    events: doc.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date),
      ...(event.end === undefined ? {} : { end_date: timelineJsDate(event.end) }),
      display_date: formatSpan(event.date, event.end, 'en-GB', event.approximate),
      text: { headline: escapeMarkup(event.title), text: slideText(event) },
      // The first tag, not the year: the time axis already shows the year, while a row per theme
      // (diplomacy, military…) is what TimelineJS groups are for.
      ...(event.tags[0] === undefined ? {} : { group: event.tags[0] }),
      // The text carries its own links; autolinking would look for more inside them.
      autolink: false,
    })),
  };
}

/**
 * A TimelineJS era for a story era. TimelineJS needs an end date: an open-ended era ends with the
 * story, at the latest date any event reaches (or at its own start when no event comes after it).
 */
export function timelineJsEra(era: StoryEra, events: readonly Pick<PublishedEvent, 'date' | 'end'>[]): TimelineJsEra {
  const latest = events
    .map((e) => e.end ?? e.date)
    .reduce((a, b) => (periodStart(b) > periodStart(a) ? b : a), era.start);
  return {
    start_date: timelineJsDate(era.start),
    end_date: timelineJsDate(era.end ?? latest),
    text: { headline: escapeMarkup(era.name), text: '' },
  };
}

/** The TimelineJS date object for an ISO date, with exactly the parts its precision gives (the clock time as written). */
export function timelineJsDate(iso: string): TimelineJsDate {
  const [year = 0, month = 1, day = 1] = iso.slice(0, 10).split('-').map(Number);
  const [hour = 0, minute = 0] = iso.slice(11, 16).split(':').map(Number);
  switch (precisionOf(iso)) {
    case 'year':
      return { year };
    case 'month':
      return { year, month };
    case 'day':
      return { year, month, day };
    case 'time':
      return { year, month, day, hour, minute };
  }
}

/** The summary, then each cited source once, linked to the first paragraph the event cites from it. */
function slideText(event: PublishedEvent): string {
  const bySource = Map.groupBy(event.citations, (c) => c.source);
  const links = [...bySource.values()]
    .map(([c]) => c!)
    .map((c) => `<a href="${escapeMarkup(c.url)}">${escapeMarkup(c.publisher || c.source)}</a>`);
  return `<p>${escapeMarkup(withReviewNote(event.summary, event.reviewed))}</p><p>Sources: ${links.join(', ')}</p>`;
}
