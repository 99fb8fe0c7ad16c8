/**
 * What an event's embed card shows and the frame that holds it, shared by the card
 * (`/embed/events/<id>/`), its oEmbed response and the event page's embed code, so that the
 * height they give is the one estimated from the card's own text.
 */
import type { CollectionEntry } from 'astro:content';
import { embedBadges, embedHeight, embedWidth, type EmbedFrame } from '../lib/embed/embed-card.ts';
import { pageUrl } from './seo.ts';
import { sourceLabel, type TimelineEvent } from './timeline.ts';

type Story = CollectionEntry<'story'>['data'];

/** The card's badges and footer, and each cited source once with the first paragraph it is cited from. */
export function embedCard(event: TimelineEvent, story: Story) {
  const badges = embedBadges(event);
  const sources = [...new Map(event.citations.map((c) => [c.entry.id, c])).values()];
  return {
    badges,
    sources,
    footer: {
      before: 'From ',
      story: story.title,
      after: `, a timeline by ${story.siteName}.`,
      link: 'Read the event with every quote',
    },
  };
}

/** The frame that shows an event's card: absolute URL, title, width and estimated height. */
export function embedFrame(event: TimelineEvent, story: Story, site: URL | undefined): EmbedFrame {
  const card = embedCard(event, story);
  const { footer } = card;
  return {
    src: pageUrl(`/embed/events/${event.entry.id}/`, site),
    title: `${event.entry.data.title} – ${story.siteName}`,
    width: embedWidth,
    height: embedHeight({
      title: event.entry.data.title,
      summary: (event.entry.body ?? event.summary).trim(),
      badges: card.badges.map((b) => b.text),
      sources: card.sources.map((c) => sourceLabel(c.entry)),
      footer: `${footer.before}${footer.story}${footer.after} ${footer.link}`,
    }),
  };
}
