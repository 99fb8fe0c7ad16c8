import type { APIRoute, GetStaticPaths } from 'astro';
import { formatDate } from '../../../lib/timeline/event-date.ts';
import { getStory } from '../../_data/site.ts';
import { getTimeline, type TimelineEvent } from '../../_data/timeline.ts';
import { shareImageResponse } from '../_share-image.ts';

export const getStaticPaths = (async () => {
  const { events } = await getTimeline();
  return events.map((event) => ({ params: { slug: event.entry.id }, props: { event } }));
}) satisfies GetStaticPaths;

/** The share image of an event: its date, headline and corroboration. */
export const GET: APIRoute<{ event: TimelineEvent }> = async ({ props: { event } }) => {
  const story = await getStory();
  const { data } = event.entry;
  const dates = [formatDate(data.date, 'en-GB', data.approximate), ...(data.end ? [formatDate(data.end)] : [])];
  const backing = `${event.corroboration} ${event.corroboration === 1 ? 'source' : 'sources'}`;
  return shareImageResponse({
    siteName: story.siteName,
    kicker: story.title,
    dateline: dates.join(' – '),
    headline: data.title,
    footer: event.disputed ? `${backing} · sources disagree` : backing,
  });
};
