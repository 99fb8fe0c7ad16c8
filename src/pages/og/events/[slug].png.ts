import type { APIRoute, GetStaticPaths } from 'astro';
import type { ShareCard } from '../../../lib/og/share-card.ts';
import { formatDate } from '../../../lib/timeline/event-date.ts';
import { getStory } from '../../../data/site.ts';
import { pageKey } from '../../../data/page-key.ts';
import { getTimeline, type TimelineEvent } from '../../../data/timeline.ts';
import { prepareShareImages, shareImageResponse } from '../_share-image.ts';

export const getStaticPaths = (async () => {
  const [story, { events }] = await Promise.all([getStory(), getTimeline()]);
  // Astro asks every route for its paths before it renders any page: start drawing now.
  const cards = events.map((event) => eventCard(event, story));
  prepareShareImages(cards);
  // The image is drawn from its card alone.
  return events.map((event, i) => ({
    params: { slug: event.entry.id },
    props: { event },
    cacheKey: pageKey(cards[i]),
  }));
}) satisfies GetStaticPaths;

/** The share image of an event: its date, headline and corroboration. */
export const GET: APIRoute<{ event: TimelineEvent }> = async ({ props: { event } }) =>
  shareImageResponse(eventCard(event, await getStory()));

function eventCard(event: TimelineEvent, story: Awaited<ReturnType<typeof getStory>>): ShareCard {
  const { data } = event.entry;
  const dates = [formatDate(data.date, 'en-GB', data.approximate), ...(data.end ? [formatDate(data.end)] : [])];
  const backing = `${event.corroboration} ${event.corroboration === 1 ? 'source' : 'sources'}`;
  return {
    siteName: story.siteName,
    kicker: story.title,
    dateline: dates.join(' – '),
    headline: data.title,
    footer: event.disputed ? `${backing} · sources disagree` : backing,
  };
}
