import { describe, expect, it } from 'vitest';
import type { EventHistory } from './event-history.ts';
import { describeChange, recentEvents, storyChanges } from './story-changes.ts';

const histories = new Map<string, EventHistory>([
  [
    'talks',
    {
      entries: [
        { commit: 'a'.repeat(40), date: '2026-01-01T10:00:00.000Z', changes: [{ kind: 'added', reviewed: true }] },
        { commit: 'c'.repeat(40), date: '2026-01-20T10:00:00.000Z', changes: [{ kind: 'summary-changed' }] },
      ],
      published: '2026-01-01T10:00:00.000Z',
      updated: '2026-01-20T10:00:00.000Z',
    },
  ],
  [
    'visit',
    {
      entries: [
        { commit: 'b'.repeat(40), date: '2026-01-18T10:00:00.000Z', changes: [{ kind: 'added', reviewed: false }] },
      ],
      published: '2026-01-18T10:00:00.000Z',
      updated: '2026-01-18T10:00:00.000Z',
    },
  ],
]);
const corrections = [
  { event: 'talks', corrections: [{ date: '2026-01-19', note: 'The talks were in Moscow, not Kazan.' }] },
];
const changes = storyChanges(histories, corrections);

describe('storyChanges', () => {
  it('puts every event’s changes and corrections in one list, newest first, each with its own anchor', () => {
    expect(changes.map((c) => [c.date.slice(0, 10), c.event, c.type, c.anchor])).toEqual([
      ['2026-01-20', 'talks', 'history', 'change-cccccccccccc-talks'],
      ['2026-01-19', 'talks', 'correction', 'correction-talks-1'],
      ['2026-01-18', 'visit', 'history', 'change-bbbbbbbbbbbb-visit'],
      ['2026-01-01', 'talks', 'history', 'change-aaaaaaaaaaaa-talks'],
    ]);
  });
});

describe('recentEvents', () => {
  it.each<[string, number, [string, string][]]>([
    [
      '2026-01-21T00:00:00Z',
      7,
      [
        ['talks', 'updated'],
        ['visit', 'new'],
      ],
    ],
    ['2026-01-21T00:00:00Z', 2, [['talks', 'updated']]],
    ['2026-02-21T00:00:00Z', 7, []],
    ['2026-01-05T00:00:00Z', 7, [['talks', 'new']]],
  ])('at %s over %i days', (now, days, expected) => {
    expect([...recentEvents(changes, histories, new Date(now), days)]).toEqual(expected);
  });
});

describe('describeChange', () => {
  const names: Record<string, string> = { rt: 'RT', aa: 'AA' };
  it.each<[Parameters<typeof describeChange>[0], string]>([
    [{ kind: 'added', reviewed: true }, 'Added'],
    [{ kind: 'added', reviewed: false }, 'Added automatically, not yet reviewed'],
    [
      { kind: 'date-corrected', from: '2026-01-27', to: '2026-01-28' },
      'Date corrected from 27 January 2026 to 28 January 2026',
    ],
    [
      { kind: 'date-corrected', from: '2015/2026-01-26', to: '2016/2026-01-26' },
      'Date corrected from 2015 – 26 January 2026 to 2016 – 26 January 2026',
    ],
    [{ kind: 'source-added', sources: ['rt'] }, 'Source added: RT'],
    [{ kind: 'source-removed', sources: ['rt', 'aa'] }, 'Sources removed: RT, AA'],
    [{ kind: 'summary-changed' }, 'Summary changed'],
    [{ kind: 'reviewed' }, 'Reviewed by an editor'],
  ])('%j reads "%s"', (change, text) => {
    expect(describeChange(change, (id) => names[id] ?? id)).toBe(text);
  });
});
