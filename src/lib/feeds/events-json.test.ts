import { describe, expect, it } from 'vitest';
import {
  fixtureDocument,
  fixtureGenerated,
  fixtureSite,
  fixtureStory,
  fixtureTimeline,
} from './fixtures.test-helper.ts';
import { toEventsDocument } from './events-json.ts';
import { schemaErrors } from './json-schema.test-helper.ts';

describe.each(['/', '/dateline/'])('toEventsDocument with base %j', (base) => {
  const doc = fixtureDocument(base);
  const home = `${fixtureSite}${base}`;

  it('is valid against schemas/events.schema.json', () => {
    expect(schemaErrors('events.schema.json', doc)).toEqual([]);
  });

  it('gives the site as the home page URL, base included', () => {
    expect(doc.site).toBe(home);
  });

  it('links every event, citation and source under the base', () => {
    const urls = [
      ...doc.events.flatMap((e) => [e.url, ...e.citations.map((c) => c.url)]),
      ...doc.sources.map((s) => s.url),
    ];
    expect(urls.filter((url) => !url.startsWith(home))).toEqual([]);
  });

  it('links each citation to its paragraph of its source', () => {
    const fall = doc.events.find((e) => e.id === 'fall')!;
    expect(fall.citations.map((c) => c.url)).toEqual([
      `${home}sources/aa/#p-3`,
      `${home}sources/anon/#p-4`,
      `${home}sources/aa/#p-6`,
    ]);
  });
});

describe('toEventsDocument', () => {
  const doc = fixtureDocument();

  it('keeps timeline order and the order of sources it is given', () => {
    expect(doc.events.map((e) => e.id)).toEqual(fixtureTimeline.events.map((e) => e.entry.id));
    expect(doc.sources.map((s) => s.id)).toEqual(['aa', 'ar', 'anon']);
  });

  it.each([
    ['ties-1944', 'year'],
    ['delegations', 'month'],
    ['fall', 'day'],
    ['arrival', 'time'],
  ])('gives %s the precision %s', (id, precision) => {
    expect(doc.events.find((e) => e.id === id)?.precision).toBe(precision);
  });

  it('carries disagreement as data: the disputed flag and each source’s date and words', () => {
    const fall = doc.events.find((e) => e.id === 'fall')!;
    expect(fall.disputed).toBe(true);
    expect(fall.corroboration).toBe(2);
    expect(fall.citations.map(({ source, date, says }) => ({ source, date, says }))).toEqual([
      { source: 'aa', date: '2024-12-08', says: 'fled' },
      { source: 'anon', date: '2024-12-07', says: undefined },
      { source: 'aa', date: undefined, says: undefined },
    ]);
  });

  it('omits optional fields that are absent instead of writing null', () => {
    const ties = doc.events.find((e) => e.id === 'ties-1944')!;
    expect(Object.keys(ties)).not.toContain('end');
    expect(Object.keys(ties.citations[0]!)).toEqual([
      'source',
      'sourceTitle',
      'publisher',
      'quote',
      'paragraph',
      'url',
      'lag',
    ]);
  });

  it('names who reported each event first, marks a tie, and gives each citation its lag', () => {
    // A single source is first as precisely as it dates itself.
    const arrival = doc.events.find((e) => e.id === 'arrival')!;
    expect(arrival.firstReported).toEqual({ sources: ['ar'], date: '2026-01-28T21:10', tie: false });
    const fall = doc.events.find((e) => e.id === 'fall')!;
    // "anon" has no date: never first, its lag unknown.
    expect(fall.firstReported).toEqual({ sources: ['aa'], date: '2026-01-28', tie: false });
    expect(fall.citations.map((c) => c.lag)).toEqual(['first', 'undated', 'first']);
  });

  it('carries corrections, and publication dates only when the history gives them', () => {
    expect(doc.events.every((e) => Array.isArray(e.corrections))).toBe(true);
    expect(doc.events.some((e) => 'published' in e || 'updated' in e)).toBe(false);
    const dated = toEventsDocument(
      fixtureTimeline,
      fixtureStory,
      { site: fixtureSite, base: '/', generated: fixtureGenerated },
      new Map([['fall', { published: '2026-01-29T08:00:00.000Z', updated: '2026-02-01T08:00:00.000Z' }]]),
    );
    expect(dated.events.find((e) => e.id === 'fall')).toMatchObject({
      published: '2026-01-29T08:00:00.000Z',
      updated: '2026-02-01T08:00:00.000Z',
    });
    expect(schemaErrors('events.schema.json', dated)).toEqual([]);
  });

  it('states version 1 and the build time', () => {
    expect(doc.version).toBe(1);
    expect(doc.generated).toBe('2026-02-01T09:30:00.000Z');
  });
});
