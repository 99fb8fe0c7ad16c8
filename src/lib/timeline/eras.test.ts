import { describe, expect, it } from 'vitest';
import { eraOf } from './eras.ts';

const eras = [
  { name: 'Civil war', start: '2011-03-15', end: '2024-12-07' },
  { name: 'Transition', start: '2024-12-08' },
];
const cold = [{ name: 'Cold war', start: '1947', end: '1991' }];

describe('eraOf', () => {
  it.each([
    ['2011-03-15', eras, 'Civil war'],
    ['2024-12-07', eras, 'Civil war'],
    // The last day of an era holds all of that day.
    ['2024-12-07T21:00', eras, 'Civil war'],
    ['2024-12-08', eras, 'Transition'],
    ['2026-01-28T21:10', eras, 'Transition'],
    ['2011-03-14', eras, undefined],
    // A month or year starts where its first day does.
    ['2011-03', eras, undefined],
    ['2011-04', eras, 'Civil war'],
    // An era that ends in a year holds the whole year.
    ['1991-12-31', cold, 'Cold war'],
    ['1991-06', cold, 'Cold war'],
    ['1992', cold, undefined],
    ['1946-12-31T23:59', cold, undefined],
    ['1947', cold, 'Cold war'],
  ])('%s → %s', (date, list, name) => {
    expect(eraOf(date, list)?.name).toBe(name);
  });
});
