import { describe, expect, it } from 'vitest';
import { gapYears, storyAxis, type AxisEvent } from './story-axis.ts';

const ev = (date: string, id = date): AxisEvent => ({ id, title: `Event ${id}`, date });

/** The first story's shape: 1944, 2015, then 2024–2026 with most events in January 2026. */
const story = [
  ev('1944'),
  ev('2015'),
  ev('2024-12', 'dec-2024'),
  ev('2024-12-08'),
  ev('2025-01', 'jan-2025'),
  ev('2025-01-29'),
  ev('2025-10-15', 'oct-a'),
  ev('2025-10-15', 'oct-b'),
  ev('2025-12'),
  ev('2026-01-26'),
  ...Array.from({ length: 9 }, (_, i) => ev('2026-01-28', `jan-28-${i}`)),
];

describe('storyAxis rows', () => {
  const { rows } = storyAxis(story);

  it('has a row per year with events and one break per run of empty years, in order', () => {
    expect(rows.map((r) => (r.kind === 'year' ? r.year : `${r.from}–${r.to}`))).toEqual([
      1944,
      '1945–2014',
      2015,
      '2016–2023',
      2024,
      2025,
      2026,
    ]);
  });

  it.each([
    [1944, 1, [], 1],
    [2015, 1, [], 1],
    [2024, 2, [[12, 2]], 0],
    [
      2025,
      5,
      [
        [1, 2],
        [10, 2],
        [12, 1],
      ],
      0,
    ],
    [2026, 10, [[1, 10]], 0],
  ])('%i: %i events, by month %j, %i known only to the year', (year, count, months, wholeYear) => {
    const row = rows.find((r) => r.kind === 'year' && r.year === year);
    expect(row?.kind).toBe('year');
    if (row?.kind !== 'year') return;
    expect(row.count).toBe(count);
    expect(row.months.map((m) => [m.month, m.events.length])).toEqual(months);
    expect(row.wholeYear).toHaveLength(wholeYear);
  });

  it.each([
    [1945, 2014, 70],
    [2016, 2023, 8],
  ])('shortens %i–%i to one break of %i years', (from, to, years) => {
    expect(rows).toContainEqual({ kind: 'gap', from, to, years, bands: [] });
  });

  it('keeps timeline order inside a month', () => {
    const row = rows.at(-1)!;
    expect(row.kind === 'year' && row.months[0]!.events.map((e) => e.id)).toEqual([
      '2026-01-26',
      ...Array.from({ length: 9 }, (_, i) => `jan-28-${i}`),
    ]);
  });

  it.each([
    ['no events', [], []],
    ['one year', [ev('2020-05-01'), ev('2020-06')], [2020]],
    ['consecutive years need no break', [ev('2020'), ev('2021-03')], [2020, 2021]],
    ['a single empty year is a break too', [ev('2020'), ev('2022')], [2020, '2021–2021', 2022]],
  ])('%s', (_, events, expected) => {
    expect(storyAxis(events).rows.map((r) => (r.kind === 'year' ? r.year : `${r.from}–${r.to}`))).toEqual(expected);
  });
});

describe('storyAxis era bands', () => {
  const eras = [
    { name: 'War', start: '2015', end: '2024-12-07' },
    { name: 'After', start: '2024-12-08' },
  ];
  const { rows, eras: legend } = storyAxis(story, eras);
  const bandsOf = (label: number | string) =>
    rows.find((r) => (r.kind === 'year' ? r.year : `${r.from}–${r.to}`) === label)!.bands;

  it.each([
    [1944, []],
    ['1945–2014', []],
    [2015, [{ era: 0, from: 0, to: 100 }]],
    ['2016–2023', [{ era: 0, from: 0, to: 100 }]],
    // 2024 is a leap year: 7 December ends on day 342 of 366.
    [
      2024,
      [
        { era: 0, from: 0, to: 93.44 },
        { era: 1, from: 93.44, to: 100 },
      ],
    ],
    [2026, [{ era: 1, from: 0, to: 100 }]],
  ])('%s is covered by %j', (label, expected) => {
    expect(bandsOf(label)).toEqual(expected);
  });

  it('names each era with its span for the legend', () => {
    expect(legend).toEqual([
      { name: 'War', era: 0, span: '2015 – 7 December 2024' },
      { name: 'After', era: 1, span: 'since 8 December 2024' },
    ]);
  });

  it('gives a band to part of a break', () => {
    const axis = storyAxis([ev('2000'), ev('2011')], [{ name: 'E', start: '2005', end: '2006' }]);
    // 2005–2006 in the break 2001–2010: two fifths in, a fifth wide (give or take leap days).
    expect(axis.rows[1]!.bands).toEqual([{ era: 0, from: 40.01, to: 59.99 }]);
  });
});

describe('storyAxis summary', () => {
  it.each([
    [
      'the first story',
      story,
      '19 events from 1944 to 2026. By year: 1944, 1; 2015, 1; 2024, 2; 2025, 5; 2026, 10. The busiest month is January 2026, with 10. Shortened on the axis, with no new events: 70 years (1945–2014) and 8 years (2016–2023).',
    ],
    ['one event', [ev('2020-05-01')], '1 event in 2020. By year: 2020, 1.'],
    [
      'three gaps',
      [ev('2000'), ev('2002'), ev('2010'), ev('2020')],
      '4 events from 2000 to 2020. By year: 2000, 1; 2002, 1; 2010, 1; 2020, 1. Shortened on the axis, with no new events: 1 year (2001), 7 years (2003–2009) and 9 years (2011–2019).',
    ],
    ['no events', [], 'No events yet.'],
  ])('%s', (_, events, summary) => {
    expect(storyAxis(events).summary).toBe(summary);
  });

  it.each([
    [{ from: 2001, to: 2001 }, '2001'],
    [{ from: 1945, to: 2014 }, '1945–2014'],
  ])('gapYears(%j) is %s', (gap, text) => {
    expect(gapYears(gap)).toBe(text);
  });
});
