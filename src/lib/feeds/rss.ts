/** `/rss.xml`: one item per event, newest first, for feed readers (rendered by @astrojs/rss). Projected from `/events.json`. */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { periodStartDate } from '../timeline/event-date.ts';
import { escapeMarkup } from './escape-markup.ts';
import type { EventsDocument } from './events-json.ts';
import { unreviewedLabel, withReviewNote } from './review-note.ts';

/** The options for @astrojs/rss: channel from the story, one item per event linked (and identified) by its page URL. */
export function toRssFeed(doc: EventsDocument): RSSOptions & { items: RSSFeedItem[] } {
  return {
    title: doc.story.title,
    description: doc.story.standfirst,
    // The home page with its base: @astrojs/rss makes the channel link from `site` alone.
    site: doc.site,
    customData: `<language>${escapeMarkup(doc.story.lang)}</language>`,
    // Events come in timeline order (oldest period first), so reversed they are newest first.
    items: doc.events.toReversed().map((event) => ({
      title: event.title,
      link: event.url,
      // Corrections go with the event, as a newspaper prints them.
      description: withReviewNote(
        [event.summary, ...event.corrections.map((c) => `Correction (${c.date}): ${c.note}`)].join(' '),
        event.reviewed,
      ),
      pubDate: periodStartDate(event.date),
      categories: event.reviewed ? event.tags : [...event.tags, unreviewedLabel],
    })),
  };
}
