/** `/changes.xml`: the story's changes and corrections as an Atom feed, newest first. */
import type { APIRoute } from 'astro';
import { toChangesAtom } from '../lib/feeds/atom.ts';
import { sourceNames } from '../data/first-reports.ts';
import { getHistory } from '../data/history.ts';
import { pageUrl } from '../data/seo.ts';
import { getStory } from '../data/site.ts';
import { getTimeline } from '../data/timeline.ts';

export const GET: APIRoute = async ({ site }) => {
  const [{ events }, history, story] = await Promise.all([getTimeline(), getHistory(), getStory()]);
  const titles = new Map(events.map((e) => [e.entry.id, e.entry.data.title]));
  const xml = toChangesAtom(history.changes, {
    title: story.title,
    lang: story.lang,
    author: story.siteName,
    pageUrl: pageUrl('/changes/', site),
    feedUrl: pageUrl('/changes.xml', site),
    eventUrl: (id) => pageUrl(`/events/${id}/`, site),
    eventTitle: (id) => titles.get(id) ?? id,
    sourceName: sourceNames(events),
    generated: new Date(),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
