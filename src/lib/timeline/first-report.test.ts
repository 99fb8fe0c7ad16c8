import { describe, expect, it } from 'vitest';
import {
  commonPrecision,
  compareReportDates,
  countFirstReports,
  firstReport,
  formatLag,
  type Report,
} from './first-report.ts';

const reports = (...pairs: [string, string][]): Report[] => pairs.map(([source, published]) => ({ source, published }));

describe('commonPrecision', () => {
  it.each([
    [['2026-01-28', '2026-01-28T21:10'], 'day'],
    [['2026-01-28T09:00Z', '2026-01-28T21:10+03:00'], 'time'],
    [['2026-01-28T09:00Z', '2026-01-28T21:10'], 'day'],
    [['2026-01-28T09:00', '2026-01-28T21:10'], 'day'],
    [['2026-01', '2026-01-28T21:10Z'], 'month'],
    [['2026', '2026-01-28'], 'year'],
  ])('of %j is %s', (dates, precision) => {
    expect(commonPrecision(dates)).toBe(precision);
  });
});

describe('compareReportDates', () => {
  it.each([
    ['2026-01-27', '2026-01-28', -1],
    ['2026-01-28', '2026-01-28T21:10', 0],
    ['2026-01-28T09:00Z', '2026-01-28T21:10Z', -1],
    ['2026-01-28T09:00', '2026-01-28T21:10', 0],
    ['2026-01-28T21:00+03:00', '2026-01-28T19:00Z', -1],
    ['2026-01', '2026-01-05', 0],
    ['2026-02', '2026-01-05', 1],
  ])('%s against %s: %i', (a, b, sign) => {
    expect(Math.sign(compareReportDates(a, b))).toBe(sign);
  });
});

describe('formatLag', () => {
  it.each([
    ['2026-01-28', '2026-01-30', '+2 days'],
    ['2026-01-28', '2026-01-29', '+1 day'],
    ['2026-01-28', '2026-01-28T21:10', 'same day'],
    ['2026-01-28T09:00Z', '2026-01-28T09:45Z', '+45 minutes'],
    ['2026-01-28T09:00Z', '2026-01-28T21:10Z', '+12 hours'],
    ['2026-01-28T09:00Z', '2026-01-31T10:00Z', '+3 days'],
    ['2026-01-28T21:00', '2026-01-29T08:00', '+1 day'],
    ['2025-12', '2026-02-14', '+2 months'],
    ['2026-01', '2026-01-14', 'same month'],
    ['2024', '2026-01-14', '+2 years'],
  ])('from %s to %s is "%s"', (first, later, lag) => {
    expect(formatLag(first, later)).toBe(lag);
  });
});

describe('firstReport', () => {
  it.each<[string, Report[], string[], string | undefined, boolean]>([
    ['the earliest day', reports(['rt', '2026-01-30'], ['aa', '2026-01-28']), ['aa'], '2026-01-28', false],
    ['a tie on the same day', reports(['aa', '2026-01-28'], ['bna', '2026-01-28']), ['aa', 'bna'], '2026-01-28', true],
    [
      'a date-only source tied with a date-time one the same day',
      reports(['aa', '2026-01-28'], ['rt', '2026-01-28T21:10']),
      ['aa', 'rt'],
      '2026-01-28',
      true,
    ],
    [
      'an undated source never first',
      reports(['anon', ''], ['rt', '2026-01-28T21:10']),
      ['rt'],
      '2026-01-28T21:10',
      false,
    ],
    ['no dated source: nobody first', reports(['anon', ''], ['x', '']), [], undefined, false],
    [
      'two zoned times, the earlier first',
      reports(['late', '2026-01-28T21:10Z'], ['early', '2026-01-28T09:00Z']),
      ['early'],
      '2026-01-28T09:00Z',
      false,
    ],
    [
      'a day-only source ties with the earliest time but not the later one',
      reports(['day', '2026-01-28'], ['late', '2026-01-28T21:10Z'], ['early', '2026-01-28T09:00Z']),
      ['day', 'early'],
      '2026-01-28',
      true,
    ],
    [
      'a source cited twice counts once',
      reports(['aa', '2026-01-28'], ['aa', '2026-01-28']),
      ['aa'],
      '2026-01-28',
      false,
    ],
  ])('%s', (_, input, first, date, tie) => {
    const result = firstReport(input);
    expect(result.first).toEqual(first);
    expect(result.date).toBe(date);
    expect(result.tie).toBe(tie);
  });

  it('gives every other source its lag, at the precision it shares with the first reports', () => {
    const { timings } = firstReport(
      reports(
        ['day', '2026-01-28'],
        ['late', '2026-01-28T21:10Z'],
        ['early', '2026-01-28T09:00Z'],
        ['next', '2026-01-30'],
        ['anon', ''],
      ),
    );
    expect(timings).toEqual([
      { source: 'day', status: 'first' },
      // After "early" by 12 hours, but "day" may have come at any hour that day: only "same day" is known.
      { source: 'late', status: 'later', lag: 'same day' },
      { source: 'early', status: 'first' },
      { source: 'next', status: 'later', lag: '+2 days' },
      { source: 'anon', status: 'undated' },
    ]);
  });

  it('measures to the minute when every date involved gives its offset', () => {
    const { timings } = firstReport(reports(['early', '2026-01-28T09:00Z'], ['late', '2026-01-28T14:30+03:00']));
    expect(timings[1]).toEqual({ source: 'late', status: 'later', lag: '+2 hours' });
  });
});

describe('countFirstReports', () => {
  const outlets: Record<string, string> = { aa1: 'AA', aa2: 'AA', rt: 'RT', anon: '' };
  const outletOf = (id: string) => outlets[id] || id;

  it('counts events reported, first alone, first in a tie and reported alone, per outlet', () => {
    const events = [
      firstReport(reports(['aa1', '2026-01-27'], ['rt', '2026-01-28'])),
      firstReport(reports(['aa2', '2026-01-28'], ['rt', '2026-01-28T21:10'])),
      firstReport(reports(['rt', '2026-01-28'])),
      firstReport(reports(['anon', ''], ['rt', '2026-01-29'])),
      // Two sources of one outlet: one outlet, reported alone.
      firstReport(reports(['aa1', '2026-01-28'], ['aa2', '2026-01-29'])),
    ];
    expect(countFirstReports(events, outletOf)).toEqual([
      { outlet: 'AA', reported: 3, firstAlone: 1, firstTied: 1, only: 1 },
      { outlet: 'RT', reported: 4, firstAlone: 1, firstTied: 1, only: 1 },
      { outlet: 'anon', reported: 1, firstAlone: 0, firstTied: 0, only: 0 },
    ]);
  });
});
