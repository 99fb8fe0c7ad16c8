import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixtures.test-helper.ts';
import { schemaErrors } from './json-schema.test-helper.ts';
import { timelineJsDate, timelineJsEra, toTimelineJs } from './timelinejs.ts';

describe.each([
  ['1944', { year: 1944 }],
  ['2024-12', { year: 2024, month: 12 }],
  ['2025-10-15', { year: 2025, month: 10, day: 15 }],
  ['2026-01-28T21:10', { year: 2026, month: 1, day: 28, hour: 21, minute: 10 }],
  ['2026-01-28T21:10:59+03:00', { year: 2026, month: 1, day: 28, hour: 21, minute: 10 }],
])('timelineJsDate(%j)', (iso, expected) => {
  it('has exactly the parts its precision gives', () => {
    expect(timelineJsDate(iso)).toEqual(expected);
  });
});

describe('toTimelineJs', () => {
  const doc = fixtureDocument('/dateline/');
  const timeline = toTimelineJs(doc);
  const slide = (id: string) => timeline.events.find((e) => e.unique_id === id)!;

  it('is valid against schemas/timeline.schema.json', () => {
    expect(schemaErrors('timeline.schema.json', timeline)).toEqual([]);
  });

  it('has one slide per event, in order, identified by the event slug', () => {
    expect(timeline.events.map((e) => e.unique_id)).toEqual(doc.events.map((e) => e.id));
  });

  it('makes the title slide from the story, escaped as HTML', () => {
    expect(timeline.title.text).toEqual({
      headline: 'Norland &amp; Estovia &lt;after&gt; Varga',
      text: '<p>Ties, bases; and talks, in Harbourtown.</p>',
    });
  });

  it.each([
    ['ties-1944', '1944'],
    ['lowmarsh', '2015 – 26 January 2026'],
    ['delegations', 'around December 2024 – January 2026'],
    ['arrival', '28 January 2026, 21:10 UTC+03:00'],
  ])('displays %s as %j', (id, text) => {
    expect(slide(id).display_date).toBe(text);
  });

  it('gives an end date only to spans', () => {
    expect(slide('lowmarsh').end_date).toEqual({ year: 2026, month: 1, day: 26 });
    expect(slide('ties-1944')).not.toHaveProperty('end_date');
  });

  it('groups by first tag, and leaves untagged events ungrouped', () => {
    expect(slide('ties-1944').group).toBe('diplomacy');
    expect(slide('fall')).not.toHaveProperty('group');
  });

  it('writes the summary and each source once, linked to its first cited paragraph, as escaped HTML', () => {
    expect(slide('fall').text).toEqual({
      headline: 'Government falls; Varga &lt;flees&gt;, to Estovia',
      text:
        '<p>He fled, they say; &quot;quickly&quot;\nand quietly.</p>' +
        '<p>Sources: <a href="https://news.example.org/dateline/sources/aa/#p-3">AA</a>, ' +
        '<a href="https://news.example.org/dateline/sources/anon/#p-4">anon</a></p>',
    });
  });
});

describe('eras', () => {
  const doc = fixtureDocument('/dateline/');
  const eras = [
    { name: 'Before <the> fall', start: '1944', end: '2024-12-07' },
    { name: 'After', start: '2024-12-08' },
  ];
  const timeline = toTimelineJs(doc, eras);

  it('exports each story era, valid against schemas/timeline.schema.json', () => {
    expect(timeline.eras?.map((e) => e.text.headline)).toEqual(['Before &lt;the&gt; fall', 'After']);
    expect(schemaErrors('timeline.schema.json', timeline)).toEqual([]);
  });

  it('leaves eras out when the story has none', () => {
    expect(toTimelineJs(doc)).not.toHaveProperty('eras');
  });

  it.each([
    [
      'a closed era ends where it says',
      { name: 'e', start: '2015', end: '2024-12' },
      [{ date: '2026-01-28' }],
      { year: 2024, month: 12 },
    ],
    [
      'an open era ends at the latest event',
      { name: 'e', start: '2024-12-08' },
      [{ date: '2025-10-15' }, { date: '2015', end: '2026-01-26' }, { date: '2026-01' }],
      { year: 2026, month: 1, day: 26 },
    ],
    [
      'an open era after every event ends where it starts',
      { name: 'e', start: '2027' },
      [{ date: '2026-01-28' }],
      { year: 2027 },
    ],
    [
      'an open era of a story without events ends where it starts',
      { name: 'e', start: '2024-12-08' },
      [],
      { year: 2024, month: 12, day: 8 },
    ],
  ])('%s', (_, era, events, end) => {
    const result = timelineJsEra(era, events);
    expect(result.start_date).toEqual(timelineJsDate(era.start));
    expect(result.end_date).toEqual(end);
  });
});
