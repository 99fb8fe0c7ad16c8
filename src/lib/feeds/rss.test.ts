import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixtures.test-helper.ts';
import { toRssFeed } from './rss.ts';

describe('toRssFeed', () => {
  const doc = fixtureDocument('/dateline/');
  const feed = toRssFeed(doc);

  it('links the channel to the home page, base included', () => {
    expect(feed.site).toBe('https://news.example.org/dateline/');
  });

  it('has one item per event, newest first', () => {
    expect(feed.items.map((i) => i.link)).toEqual(doc.events.map((e) => e.url).toReversed());
  });

  it.each([
    ['ties-1944', '1944-01-01T00:00:00.000Z'],
    ['delegations', '2024-12-01T00:00:00.000Z'],
    ['fall', '2024-12-08T00:00:00.000Z'],
    ['arrival', '2026-01-28T18:10:00.000Z'],
  ])('dates %s at the start of its period (%s)', (id, instant) => {
    const item = feed.items.find((i) => i.link === doc.events.find((e) => e.id === id)!.url)!;
    expect(item.pubDate?.toISOString()).toBe(instant);
  });

  it('describes each item by its plain-text summary and categorises it by its tags', () => {
    const ties = feed.items.at(-1)!;
    expect(ties).toMatchObject({
      title: 'Ties established',
      description: 'Summary of ties-1944.',
      categories: ['diplomacy', 'history'],
    });
  });
});
