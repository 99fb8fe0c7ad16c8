/**
 * The machine-readable outputs as a static host serves them: each with its content type, valid in
 * its format, in step with the content, and with every URL inside resolving to a file in dist/
 * under the build's base path.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import type { EventsDocument } from '../src/lib/feeds/events-json.ts';
import { schemaErrors } from '../src/lib/feeds/json-schema.test-helper.ts';
import type { TimelineJsDocument } from '../src/lib/feeds/timelinejs.ts';
import { listEvents, url } from './events.ts';
import { brokenReason } from './resolve.ts';
import { base, fileForPath, listPages } from './site.ts';

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'sitemap', 'url', 'category'].includes(name),
});
const eventIds = listEvents().map((e) => e.id);
/** The site's home URL (base included), as the build wrote it into /events.json. */
const site = builtSite();

function builtSite(): string {
  const file = fileForPath(url('/events.json'));
  if (!file) throw new Error(`dist/ has no events.json at ${url('/events.json')}: the build did not write it`);
  return (JSON.parse(readFileSync(file, 'utf8')) as EventsDocument).site;
}

/** Fetches an output by its URL path (base included), checking it is there and served with the expected content type. */
async function fetchOutput(request: APIRequestContext, path: string, contentType: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), `status of ${path}`).toBe(200);
  expect(response.headers()['content-type'], `content type of ${path}`).toMatch(new RegExp(`^${contentType}(;|$)`));
  return response.text();
}

/** The URLs among `urls` that are not on this site or do not resolve to a file (and fragment) in dist/, with why. */
function unresolved(urls: readonly string[]): string[] {
  return urls.flatMap((value) => {
    if (!value.startsWith(site)) return [`${value}: not under ${site}`];
    const reason = brokenReason(new URL(value));
    return reason ? [`${value}: ${reason}`] : [];
  });
}

test.describe('machine-readable outputs', { tag: '@base' }, () => {
  test('the site URL in the outputs is absolute and ends in the base path', () => {
    expect(new URL(site).pathname).toBe(base);
  });

  test('/events.json is valid, lists every event in timeline order, and its URLs resolve', async ({ request }) => {
    const doc = JSON.parse(await fetchOutput(request, url('/events.json'), 'application/json')) as EventsDocument;
    expect(schemaErrors('events.schema.json', doc)).toEqual([]);
    expect(doc.events.map((e) => e.id)).toEqual(eventIds);
    const urls = [
      doc.site,
      ...doc.events.flatMap((e) => [e.url, ...e.citations.map((c) => c.url)]),
      ...doc.sources.map((s) => s.url),
    ];
    expect(unresolved(urls)).toEqual([]);
  });

  test('/timeline.json is valid TimelineJS 3 JSON with a slide per event, and its links resolve', async ({
    request,
  }) => {
    const timeline = JSON.parse(
      await fetchOutput(request, url('/timeline.json'), 'application/json'),
    ) as TimelineJsDocument;
    expect(schemaErrors('timeline.schema.json', timeline)).toEqual([]);
    expect(timeline.events.map((e) => e.unique_id)).toEqual(eventIds);
    const hrefs = timeline.events.flatMap((e) =>
      [...e.text.text.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')),
    );
    expect(hrefs.length).toBeGreaterThanOrEqual(eventIds.length);
    expect(unresolved(hrefs)).toEqual([]);
  });

  test('/rss.xml is RSS 2.0 with an item per event, newest first, linked to event pages', async ({ request }) => {
    const { rss } = xml.parse(await fetchOutput(request, url('/rss.xml'), 'application/xml'));
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.link).toBe(site);
    const items = rss.channel.item as { link: string; guid: { '#text': string }; pubDate: string }[];
    expect(items.map((i) => i.link)).toEqual(eventIds.toReversed().map((id) => `${site}events/${id}/`));
    expect(items.every((i) => i.guid['#text'] === i.link)).toBe(true);
    const times = items.map((i) => Date.parse(i.pubDate));
    expect(times.every((t, i) => !Number.isNaN(t) && (i === 0 || t <= times[i - 1]!))).toBe(true);
    expect(unresolved(items.map((i) => i.link))).toEqual([]);
  });

  test('/timeline.ics has an all-day VEVENT per day-precise event, with stable UIDs and resolving URLs', async ({
    request,
  }) => {
    const calendar = new ICAL.Component(ICAL.parse(await fetchOutput(request, url('/timeline.ics'), 'text/calendar')));
    const vevents = calendar.getAllSubcomponents('vevent').map((vevent) => ({
      uid: vevent.getFirstPropertyValue('uid'),
      start: new ICAL.Event(vevent).startDate.toString(),
      url: String(vevent.getFirstPropertyValue('url')),
    }));
    const host = new URL(site).hostname;
    // Events dated to the day or the minute (`2026-01-28`, `2026-01-28T21:10`), not to a month or a year.
    const dayPrecise = listEvents().filter((e) => /^\d{4}-\d{2}-\d{2}/.test(e.data.date));
    expect(dayPrecise.length).toBeGreaterThan(0);
    expect(vevents.map(({ uid, start }) => ({ uid, start }))).toEqual(
      dayPrecise.map((e) => ({ uid: `${e.id}@${host}`, start: e.data.date.slice(0, 10) })),
    );
    expect(unresolved(vevents.map((v) => v.url))).toEqual([]);
  });

  test('/robots.txt allows crawling and points at the sitemap index under the base', async ({ request }) => {
    const text = await fetchOutput(request, url('/robots.txt'), 'text/plain');
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text.match(/^Sitemap: (.*)$/m)?.[1]).toBe(`${site}sitemap-index.xml`);
  });

  test('/sitemap-index.xml lists every page, each URL resolving under the base', async ({ request }) => {
    const index = xml.parse(await fetchOutput(request, url('/sitemap-index.xml'), 'application/xml'));
    const sitemaps = (index.sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(unresolved(sitemaps)).toEqual([]);
    const pages: string[] = [];
    for (const sitemap of sitemaps) {
      const { urlset } = xml.parse(await fetchOutput(request, new URL(sitemap).pathname, 'application/xml'));
      pages.push(...(urlset.url as { loc: string }[]).map((u) => u.loc));
    }
    expect(unresolved(pages)).toEqual([]);
    const expected = listPages()
      .map((p) => p.path)
      .filter((path) => !path.endsWith('.html') && !path.startsWith(url('/embed/')));
    expect(pages.map((p) => new URL(p).pathname).toSorted()).toEqual(expected.toSorted());
  });
});
