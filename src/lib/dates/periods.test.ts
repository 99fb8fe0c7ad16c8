import { describe, expect, it } from 'vitest';
import { yearOfPeriod } from './periods.ts';
import type { Tense } from './types.ts';

describe('yearOfPeriod', () => {
  const jan2026 = { year: 2026, month: 1, day: 28 };
  const aug2006 = { year: 2006, month: 8, day: 19 };
  const mar2007 = { year: 2007, month: 3, day: 13 };
  it.each<[string, number, number, { year: number; month: number; day: number }, Tense, number]>([
    ['October, past', 10, 10, jan2026, 'past', 2025],
    ['October, future', 10, 10, jan2026, 'future', 2026],
    ['January, past, same month', 1, 1, jan2026, 'past', 2026],
    ['winter, past, during winter', 12, 14, jan2026, 'past', 2025],
    ['winter, future, during winter', 12, 14, jan2026, 'future', 2025],
    ['Q4 in August, nearest', 10, 12, aug2006, 'unknown', 2006],
    ['Q4 in March, nearest', 10, 12, mar2007, 'unknown', 2006],
    ['Q3 in August, nearest (current)', 7, 9, aug2006, 'unknown', 2006],
  ])('%s', (_, first, last, reference, tense, year) => {
    expect(yearOfPeriod(first, last, reference, tense)).toBe(year);
  });
});
