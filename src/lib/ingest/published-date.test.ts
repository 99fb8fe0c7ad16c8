import { describe, expect, it } from 'vitest';
import { inferYear, latestYearIn, readDateAt } from './published-date.ts';

describe('readDateAt', () => {
  it.each([
    ['2026-01-28', '2026-01-28'],
    ['2026-01-28T09:05', '2026-01-28T09:05'],
    ['January 28, 2026', '2026-01-28'],
    ['Jan. 28, 2026', '2026-01-28'],
    ['28 Jan, 2026 21:10', '2026-01-28T21:10'],
    ['28 January 2026', '2026-01-28'],
    ['Wednesday, January 28, 2026', '2026-01-28'],
    ['Wed, 28 Jan 2026 9:10 pm GMT', '2026-01-28T21:10'],
    ['March 3rd, 2024', '2024-03-03'],
  ])('reads %j as %s', (text, value) => {
    expect(readDateAt(text)?.value).toBe(value);
  });

  it.each(['2026-02-30', 'February 30, 2026', 'Today we met', 'May the force', '28 January'])(
    'finds no complete date in %j',
    (text) => {
      expect(readDateAt(text)?.value || undefined).toBeUndefined();
    },
  );

  it('leaves the year of "Wednesday, 28 January" to be inferred', () => {
    expect(readDateAt('Wednesday, 28 January.')).toMatchObject({ weekday: 3, needsYear: { month: 1, day: 28 } });
  });
});

describe('inferYear', () => {
  it.each([
    [1, 28, 3, 2025, 2026], // Wednesday 28 January, in an article mentioning 2024 and 2025
    [1, 28, 3, 2026, 2026],
    [1, 28, 3, 2016, 2015],
    [2, 29, 4, 2026, 2024], // Thursday 29 February: leap years only
  ])('%i/%i on weekday %i near %i is in %i', (month, day, weekday, near, year) => {
    expect(inferYear(month, day, weekday, near)).toBe(year);
  });

  it('refuses to guess without a year to anchor on', () => {
    expect(inferYear(1, 28, 3, undefined)).toBeUndefined();
  });

  it('finds the latest year an article mentions', () => {
    expect(latestYearIn('ties since 1944; fall on 8 December 2024; visit in 2025')).toBe(2025);
    expect(latestYearIn('no years here, only 123 and 99999')).toBeUndefined();
  });
});
