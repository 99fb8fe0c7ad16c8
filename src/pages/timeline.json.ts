/** `/timeline.json`: the events in TimelineJS 3 JSON, for a TimelineJS embed (format: schemas/timeline.schema.json). */
import type { APIRoute } from 'astro';
import { toTimelineJs } from '../lib/feeds/timelinejs.ts';
import { getEventsDocument } from '../data/events-document.ts';
import { getStory } from '../data/site.ts';

export const GET: APIRoute = async () =>
  Response.json(toTimelineJs(await getEventsDocument(), (await getStory()).eras));
