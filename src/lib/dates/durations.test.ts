import { describe, expect, it } from 'vitest';
import { durationValue, findDurations, findSets, findVagueDurations } from './durations.ts';
import type { Anchor, Candidate } from './types.ts';

const anchor: Anchor = { reference: { year: 2026, month: 1, day: 28 }, lastDay: undefined, lastDate: undefined };
const show = (text: string, found: Candidate[]) =>
  found.map((c) => ({
    text: text.slice(c.start, c.end),
    value: c.resolve(anchor),
    ...(c.approximate ? { approximate: true } : {}),
  }));

describe('durationValue', () => {
  it.each([
    [2, 'years', 'P2Y'],
    [12, 'hour', 'PT12H'],
    [30, 'minutes', 'PT30M'],
    [6, 'months', 'P6M'],
    [2, 'quarters', 'P2Q'],
    [1, 'decade', 'P10Y'],
    [2.5, 'years', 'P2.5Y'],
    [undefined, 'years', 'PXY'],
    [undefined, 'minutes', 'PTXM'],
    [undefined, 'decades', 'PXDE'],
  ])('%s %s → %s', (count, unit, value) => {
    expect(durationValue(count, unit)).toBe(value);
  });
});

describe('findDurations', () => {
  it.each([
    ['a 27-year contract', '27-year', 'P27Y', false],
    ['the fifty-year service life', 'fifty-year', 'P50Y', false],
    ['after a 12-hour flight', '12-hour', 'PT12H', false],
    ['a four day rally', 'four day', 'P4D', false],
    ['almost two and a half years behind schedule', 'almost two and a half years', 'P2.5Y', true],
    ['a year and a half later', 'a year and a half', 'P1.5Y', false],
    ['over the next six months', 'the next six months', 'P6M', false],
    ['for the past five trading days', 'the past five trading days', 'P5D', false],
    ['after six straight days of losses', 'six straight days', 'P6D', false],
    ['two consecutive quarters of decline', 'two consecutive quarters', 'P2Q', false],
    ['pushed back several years', 'several years', 'PXY', true],
    ['a decades-long dispute', undefined, undefined, false],
  ])('%s → [%s] %s', (text, span, value, approximate) => {
    const found = show(text, findDurations(text));
    if (span === undefined) expect(found).toEqual([]);
    else expect(found).toEqual([{ text: span, value, ...(approximate ? { approximate: true } : {}) }]);
  });
});

describe('findVagueDurations', () => {
  it.each([
    ['its highest level in years', 'years', 'PXY'],
    ['a decades-long dispute', 'decades-long', 'PXDE'],
    ['losing them in minutes', 'minutes', 'PTXM'],
    ['weeks after the vote', 'weeks', 'PXW'],
    ['over the years', 'over the years', 'PXY'],
    ['over the past decade', 'the past decade', 'P10Y'],
  ])('%s → [%s] %s', (text, span, value) => {
    expect(show(text, findVagueDurations(text))).toContainEqual(expect.objectContaining({ text: span, value }));
  });
});

describe('findSets', () => {
  it.each([
    ['at a rate of 15 a year', 'a year', 'P1Y'],
    ['its annual profit', 'annual', 'P1Y'],
    ['weekly unemployment claims', 'weekly', 'P1W'],
    ['twice a day', 'a day', 'P1D'],
    ['every two weeks', 'every two weeks', 'P2W'],
    ['10 per month', 'per month', 'P1M'],
  ])('%s → [%s] %s', (text, span, value) => {
    expect(show(text, findSets(text))).toEqual([{ text: span, value }]);
  });

  it('leaves a newspaper name alone', () => {
    expect(findSets('The China Daily reported')).toEqual([]);
  });
});
