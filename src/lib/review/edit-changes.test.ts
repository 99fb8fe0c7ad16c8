import { describe, expect, it } from 'vitest';
import { oneLine, readChanges, splitNames, withPrecision, type EventChanges } from './edit-changes.ts';

/** The payload the edit form sends for an unchanged event with two citations. */
const form = {
  title: 'Putin and al-Sharaa hold talks in the Kremlin',
  date: '2026-01-28',
  precision: 'day',
  approximate: false,
  summary: 'The presidents met in Moscow.',
  actors: ['Vladimir Putin', 'Ahmed al-Sharaa'],
  places: ['Moscow'],
  tags: [],
  citations: [0, 1],
};
const base = { citationCount: 2 };

describe('readChanges', () => {
  it('reads a valid form as changes', () => {
    expect(readChanges(form, base)).toEqual({ changes: form });
  });

  it.each<[string, Partial<Record<keyof EventChanges, unknown>>, Partial<EventChanges>]>([
    [
      'a title over several lines, as one line',
      { title: '  Putin and\n al-Sharaa   meet ' },
      { title: 'Putin and al-Sharaa meet' },
    ],
    ['a summary in paragraphs, as one paragraph', { summary: 'One.\n\nTwo.\r\n' }, { summary: 'One. Two.' }],
    ['a year', { date: '2026', precision: 'year' }, { date: '2026', precision: 'year' }],
    ['a month', { date: '2026-01', precision: 'month' }, { date: '2026-01', precision: 'month' }],
    [
      'a date and time',
      { date: '2026-01-28T21:10', precision: 'time' },
      { date: '2026-01-28T21:10', precision: 'time' },
    ],
    [
      'names trimmed, blank and repeated ones dropped',
      { actors: [' Putin ', '', 'Putin', 'al-Sharaa'] },
      { actors: ['Putin', 'al-Sharaa'] },
    ],
    ['a dropped citation', { citations: [1] }, { citations: [1] }],
    ['citations in any order, in the file’s order', { citations: [1, 0] }, { citations: [0, 1] }],
    ['an approximate date', { approximate: true }, { approximate: true }],
  ])('reads %s', (_, change, expected) => {
    expect(readChanges({ ...form, ...change }, base)).toEqual({ changes: { ...form, ...expected } });
  });

  it.each<[string, Partial<Record<keyof EventChanges, unknown>>, keyof EventChanges, string]>([
    ['an empty title', { title: '  ' }, 'title', 'Give the event a headline: who did what.'],
    ['an empty summary', { summary: '\n' }, 'summary', 'Write a summary of one to three sentences.'],
    [
      'a date that is not ISO 8601',
      { date: '28 January 2026' },
      'date',
      'Write the date as YYYY-MM-DD (for example 2024-12-08); got "28 January 2026".',
    ],
    ['a day that does not exist', { date: '2026-02-30' }, 'date', 'Write the date as YYYY-MM-DD'],
    [
      'a month given at day precision',
      { date: '2026-01' },
      'date',
      '2026-01 is not a day: write it as YYYY-MM-DD (for example 2024-12-08), or choose another precision.',
    ],
    ['a day given at year precision', { precision: 'year' }, 'date', '2026-01-28 is not a year: write it as YYYY'],
    [
      'an unknown precision',
      { precision: 'week' },
      'precision',
      'Choose a precision: year, month, day, or day and time.',
    ],
    ['no citation kept', { citations: [] }, 'citations', 'Keep at least one citation: every event needs a source.'],
    [
      'a citation the event does not have',
      { citations: [2] },
      'citations',
      'expected the citations to keep, each once',
    ],
    ['a citation twice', { citations: [0, 0] }, 'citations', 'expected the citations to keep, each once'],
    ['names that are not a list', { tags: 'diplomacy' }, 'tags', 'expected a list of names'],
    ['approximate that is not a boolean', { approximate: 'yes' }, 'approximate', 'expected true or false'],
    ['a title that is not text', { title: 42 }, 'title', 'expected text'],
  ])('refuses %s', (_, change, field, message) => {
    const read = readChanges({ ...form, ...change }, base);
    expect(read).toHaveProperty('errors');
    const errors = 'errors' in read ? read.errors : [];
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe(field);
    expect(errors[0]!.message).toContain(message);
  });

  it('refuses a date after the end of the event’s span', () => {
    expect(readChanges({ ...form, date: '2026-02-01' }, { citationCount: 2, end: '2026-01-30' })).toEqual({
      errors: [{ field: 'date', message: "The event's span ends on 2026-01-30: give a date on or before it." }],
    });
  });

  it('names every problem at once', () => {
    const read = readChanges({ ...form, title: '', summary: '', citations: [] }, base);
    expect('errors' in read && read.errors.map((e) => e.field)).toEqual(['title', 'summary', 'citations']);
  });

  it('refuses a payload that is not an object', () => {
    expect(readChanges(null, base)).toHaveProperty('errors');
  });
});

describe('splitNames', () => {
  it.each([
    ['Moscow\nDamascus', ['Moscow', 'Damascus']],
    ['  Moscow  \r\n\r\nDamascus\n', ['Moscow', 'Damascus']],
    ['Gulf of   Mexico', ['Gulf of Mexico']],
    ['Moscow\nMoscow', ['Moscow']],
    ['', []],
  ])('%j → %j', (text, names) => {
    expect(splitNames(text)).toEqual(names);
  });
});

describe('oneLine', () => {
  it.each([
    ['  a\n b\t c  ', 'a b c'],
    ['a\u0000b', 'a b'],
    ['a\u2028b', 'a b'],
    ['\uFEFFa', 'a'],
    ['الشرع في موسكو', 'الشرع في موسكو'],
  ])('%j → %j', (text, line) => {
    expect(oneLine(text)).toBe(line);
  });
});

describe('withPrecision', () => {
  it.each([
    ['2024-12-08T21:10', 'day', '2024-12-08'],
    ['2024-12-08', 'month', '2024-12'],
    ['2024-12-08', 'year', '2024'],
    ['2024-12', 'day', '2024-12'],
    ['2024', 'time', '2024'],
    ['2024-12-08', 'day', '2024-12-08'],
  ] as const)('%s at %s → %s', (date, precision, result) => {
    expect(withPrecision(date, precision)).toBe(result);
  });
});
