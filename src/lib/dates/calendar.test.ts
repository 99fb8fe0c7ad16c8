import { describe, expect, it } from 'vitest';
import { addDays, formatMonth, formatWeek, parseDay, weekday } from './calendar.ts';

describe('parseDay', () => {
  it.each([
    ['2026-01-28', { year: 2026, month: 1, day: 28 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2025-02-29', null],
    ['2026-13-01', null],
    ['28/01/2026', null],
    ['', null],
  ])('%s → %o', (iso, day) => {
    expect(parseDay(iso)).toEqual(day);
  });
});

describe('formatWeek (ISO 8601 weeks)', () => {
  it.each([
    ['2026-01-28', '2026-W05'],
    ['2026-02-04', '2026-W06'],
    ['2021-01-01', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2006-03-28', '2006-W13'],
    ['2008-10-09', '2008-W41'],
  ])('%s is in %s', (iso, week) => {
    expect(formatWeek(parseDay(iso)!)).toBe(week);
  });
});

describe('day arithmetic', () => {
  const jan28 = { year: 2026, month: 1, day: 28 };
  it.each([
    [-28, '2025-12-31'],
    [32, '2026-03-01'],
    [0, '2026-01-28'],
  ])('addDays(2026-01-28, %i) → %s', (n, iso) => {
    expect(addDays(jan28, n)).toEqual(parseDay(iso));
  });

  it.each([
    [2026, 0, '2025-12'],
    [2026, 13, '2027-01'],
    [2026, 2, '2026-02'],
  ])('formatMonth(%i, %i) → %s', (year, month, value) => {
    expect(formatMonth(year, month)).toBe(value);
  });

  it('knows 2026-01-28 is a Wednesday', () => {
    expect(weekday(jan28)).toBe(3);
  });
});
