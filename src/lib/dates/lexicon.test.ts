import { describe, expect, it } from 'vitest';
import { parseNumber, unitLetter, weekdayNumber } from './lexicon.ts';

describe('parseNumber', () => {
  it.each([
    ['27', 27],
    ['1.5', 1.5],
    ['a', 1],
    ['an', 1],
    ['fifty', 50],
    ['twenty-five', 25],
    ['two and a half', 2.5],
    ['a couple of', 2],
    ['Sixteen', 16],
    ['umpteen', undefined],
  ])('%s → %s', (words, value) => {
    expect(parseNumber(words)).toBe(value);
  });
});

describe('unitLetter', () => {
  it.each([
    ['years', 'Y'],
    ['Month', 'M'],
    ['minutes', 'M'],
    ['decades', 'DE'],
    ['centuries', 'CE'],
    ['quarters', 'Q'],
    ['fortnight', 'W'],
    ['eons', undefined],
  ])('%s → %s', (word, letter) => {
    expect(unitLetter(word)).toBe(letter);
  });
});

describe('weekdayNumber', () => {
  it.each([
    ['Sunday', 0],
    ['Wednesdays', 3],
    ['saturday', 6],
  ])('%s → %i', (name, n) => {
    expect(weekdayNumber(name)).toBe(n);
  });
});
