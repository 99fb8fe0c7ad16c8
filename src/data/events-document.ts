/**
 * The events document every machine-readable output is projected from, built once per build so
 * that `/events.json`, `/timeline.json`, `/rss.xml` and `/timeline.ics` agree, down to `generated`.
 */
import { toEventsDocument, type EventsDocument } from '../lib/feeds/events-json.ts';
import { getSortedSources, getStory } from './site.ts';
import { getHistory } from './history.ts';
import { getTimeline } from './timeline.ts';

let cached: Promise<EventsDocument> | undefined;

/** Loads `/events.json`'s document for this build's `site` and `base`. */
export function getEventsDocument(): Promise<EventsDocument> {
  cached ??= loadEventsDocument();
  return cached;
}

async function loadEventsDocument(): Promise<EventsDocument> {
  const [timeline, sources, story, history] = await Promise.all([
    getTimeline(),
    getSortedSources(),
    getStory(),
    getHistory(),
  ]);
  return toEventsDocument(
    { ...timeline, sources },
    story,
    {
      site: import.meta.env.SITE,
      base: import.meta.env.BASE_URL,
      generated: new Date(),
    },
    history.byEvent,
  );
}
