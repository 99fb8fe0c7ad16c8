/** `/changes.xml`: the story's changes as an Atom feed (RFC 4287), newest first. */
import { changeInstant, describeChange, type StoryChange } from '../history/story-changes.ts';
import { escapeMarkup } from './escape-markup.ts';

/** What the changes feed needs to know besides the changes. */
export type ChangesFeedContext = {
  /** Story title and language, and the site's name (the feed's author). */
  title: string;
  lang: string;
  author: string;
  /** Absolute URLs: the `/changes/` page, the feed itself, and an event's page. */
  pageUrl: string;
  feedUrl: string;
  eventUrl: (id: string) => string;
  eventTitle: (id: string) => string;
  sourceName: (id: string) => string;
  /** When the feed was built: its `updated` when there are no changes. */
  generated: Date;
  /** How many of the newest changes to carry. */
  limit?: number;
};

const rfc3339 = (change: { date: string }) => new Date(changeInstant(change)).toISOString();

/** The Atom XML document of the story's changes (given newest first); each entry links to its event. */
export function toChangesAtom(changes: readonly StoryChange[], context: ChangesFeedContext): string {
  const x = escapeMarkup;
  const entries = changes.slice(0, context.limit ?? 200).map((change) => {
    const event = context.eventTitle(change.event);
    const what =
      change.type === 'correction'
        ? `Correction: ${change.note}`
        : change.changes.map((c) => describeChange(c, context.sourceName)).join('; ');
    const title = change.type === 'correction' ? `Correction: ${event}` : `${event}: ${what}`;
    return [
      '  <entry>',
      `    <id>${x(`${context.pageUrl}#${change.anchor}`)}</id>`,
      `    <title>${x(title)}</title>`,
      `    <updated>${rfc3339(change)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(context.eventUrl(change.event))}"/>`,
      `    <summary>${x(what)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const updated = changes[0] ? rfc3339(changes[0]) : context.generated.toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(context.lang)}">`,
    `  <id>${x(context.pageUrl)}</id>`,
    `  <title>${x(`${context.title}: changes`)}</title>`,
    `  <subtitle>Events added, corrected and updated, newest first.</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${x(context.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${x(context.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(context.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
