/**
 * `/oembed/events/<id>.json`: the oEmbed 1.0 response (type `rich`) for an event's embed card, so
 * a CMS that is given the event page's URL finds it through the page's
 * `<link rel="alternate" type="application/json+oembed">` and gets the iframe code.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedRich } from '../../../lib/embed/embed-card.ts';
import { embedFrame } from '../../../data/embed.ts';
import { pageUrl } from '../../../data/seo.ts';
import { getStory } from '../../../data/site.ts';
import { pageKey } from '../../../data/page-key.ts';
import { getTimeline, type TimelineEvent } from '../../../data/timeline.ts';

export const getStaticPaths = (async () => {
  const [{ events }, story] = await Promise.all([getTimeline(), getStory()]);
  return events.map((event) => ({
    params: { slug: event.entry.id },
    props: { event },
    cacheKey: pageKey(story, event),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: TimelineEvent }> = async ({ props, site }) => {
  const story = await getStory();
  const frame = embedFrame(props.event, story, site);
  return Response.json(
    oembedRich(frame, props.event.entry.data.title, { name: story.siteName, url: pageUrl('/', site) }),
  );
};
