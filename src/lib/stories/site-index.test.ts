import { describe, expect, it } from 'vitest';
import type { EventsDocument, PublishedEvent } from '../feeds/events-json.ts';
import { orderStories, sharedTermPath, sharedTerms, summarize, type BuiltStory } from './site-index.ts';

/** An event as events.json publishes it, with only what these tests read set. */
const event = (
  id: string,
  date: string,
  terms: Partial<Pick<PublishedEvent, 'tags' | 'actors' | 'places'>> = {},
  more: Partial<PublishedEvent> = {},
): PublishedEvent => ({
  id,
  url: `https://news.example/x/events/${id}/`,
  title: id,
  date,
  precision: 'day',
  approximate: false,
  disputed: false,
  corroboration: 1,
  reviewed: true,
  background: false,
  aliases: [],
  summary: '',
  tags: [],
  actors: [],
  places: [],
  citations: [],
  firstReported: { sources: [], tie: false },
  corrections: [],
  ...terms,
  ...more,
});
const story = (slug: string, title: string, events: PublishedEvent[], published: string[] = []): BuiltStory => ({
  slug,
  document: {
    version: 1,
    generated: '2026-12-01T00:00:00.000Z',
    site: `https://news.example/${slug}/`,
    story: { title, standfirst: `About ${title}.`, lang: 'en' },
    events,
    sources: published.map((date, i) => ({
      id: `s${i}`,
      url: '',
      title: '',
      publisher: '',
      published: date,
      lang: 'en',
      words: 1,
    })),
  } satisfies EventsDocument,
});

describe('summarize', () => {
  it('counts events, those not reviewed and sources, spans the years and takes the latest change or article as the update', () => {
    const built = story(
      'flood',
      'Flood',
      [
        event('a', '2011', {}, { updated: '2025-09-04T10:00:00Z' }),
        event('b', '2025-09-02', {}, { reviewed: false }),
        event('c', '2025-09-04T18:00'),
      ],
      ['2025-09-03', '2025-09-05T08:00+02:00', ''],
    );
    expect(summarize(built)).toEqual({
      slug: 'flood',
      title: 'Flood',
      standfirst: 'About Flood.',
      lang: 'en',
      events: 3,
      unreviewed: 1,
      sources: 3,
      span: { from: 2011, to: 2025 },
      updated: '2025-09-05',
    });
  });

  it('leaves the span and update out for a story with no event and no dated article', () => {
    expect(summarize(story('empty', 'Empty', [], ['']))).toMatchObject({
      events: 0,
      span: undefined,
      updated: undefined,
    });
  });
});

describe('orderStories', () => {
  it('lists the most recently updated first, stories with no update last, ties by title', () => {
    const s = (slug: string, title: string, updated: string | undefined) => ({
      ...summarize(story(slug, title, [])),
      updated,
    });
    const ordered = orderStories([
      s('a', 'Zebra', '2025-01-01'),
      s('b', 'Never', undefined),
      s('c', 'Apple', '2025-01-01'),
      s('d', 'New', '2026-02-01'),
    ]);
    expect(ordered.map((x) => x.slug)).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('sharedTerms', () => {
  const toll = story('toll', 'Toll', [
    event('t1', '2025-03-03', { tags: ['tolls'], actors: ['Mayor Ada Lind', 'Port Authority'], places: ['Northbank'] }),
    event('t2', '2025-03-04', { actors: ['Port authority'] }),
  ]);
  const strike = story('strike', 'Strike', [
    event('s1', '2025-06-09', { tags: ['strike'], actors: ['Port Authority'], places: ['Northbank'] }),
    event('s2', '2025-06-12', { actors: ['Mayor Ada Lind', 'Port Authority'] }),
  ]);

  it('gives each actor, place and tag one page listing its events story by story, in the story order given', () => {
    const terms = sharedTerms([toll, strike], ['strike', 'toll']);
    const port = terms.find((t) => t.path === '/actors/port-authority/')!;
    expect(port).toEqual({
      kind: 'actor',
      name: 'Port Authority',
      slug: 'port-authority',
      path: '/actors/port-authority/',
      count: 4,
      byStory: [
        { story: 'strike', events: [strike.document.events[0], strike.document.events[1]] },
        { story: 'toll', events: [toll.document.events[0], toll.document.events[1]] },
      ],
    });
    // By kind, then most events, then name.
    expect(terms.map((t) => `${t.kind}:${t.name}:${t.count}`)).toEqual([
      'tag:strike:1',
      'tag:tolls:1',
      'actor:Port Authority:4',
      'actor:Mayor Ada Lind:2',
      'place:Northbank:2',
    ]);
  });

  it('places each kind in its own folder, so an actor and a place of one name have a page each', () => {
    expect(sharedTermPath({ kind: 'actor', name: 'Jordan' })).toBe('/actors/jordan/');
    expect(sharedTermPath({ kind: 'place', name: 'Jordan' })).toBe('/places/jordan/');
    expect(sharedTermPath({ kind: 'tag', name: 'Café Strike' })).toBe('/tags/cafe-strike/');
  });
});
