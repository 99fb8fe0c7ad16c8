import type { APIRoute } from 'astro';
import { yearOf } from '../../lib/timeline/event-date.ts';
import { getStory } from '../../data/site.ts';
import { getTimeline } from '../../data/timeline.ts';
import { shareImageResponse } from './_share-image.ts';

/** The share image of the timeline (`/` and every page without one of its own). */
export const GET: APIRoute = async () => {
  const story = await getStory();
  const { events, sources } = await getTimeline();
  const years = events.flatMap((e) => [e.entry.data.date, e.entry.data.end ?? e.entry.data.date]).map(yearOf);
  const span = years.length > 0 ? `${Math.min(...years)} – ${Math.max(...years)}` : 'Timeline';
  return shareImageResponse({
    siteName: story.siteName,
    kicker: 'The story',
    dateline: span,
    headline: story.title,
    standfirst: story.standfirst,
    footer: `${events.length} ${events.length === 1 ? 'event' : 'events'} · ${sources.length} ${sources.length === 1 ? 'source' : 'sources'}`,
  });
};
