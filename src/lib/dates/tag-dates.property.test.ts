import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagDates } from './tag-dates.ts';

// Strings built from date-ish words make rule interactions likelier than uniformly random text.
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'Monday',
    'last',
    'October',
    '2024',
    'late',
    'the',
    'day',
    'year',
    'years',
    'ago',
    'two',
    'a',
    'week',
    'weeks',
    'since',
    'mid-',
    "'82",
    '1990s',
    'Q3',
    'quarter',
    'fourth',
    'of',
    'this',
    'now',
    'recently',
    'summer',
    '18:00',
    'UTC',
    '0800',
    'p.m.',
    ',',
    '.',
    '-',
    '\n',
    ' ',
    '15',
    'December',
    'same',
    'period',
    'morning',
    'will',
    'was',
  ),
);
const text = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(' '));

describe('tagDates on arbitrary input', () => {
  it('never throws, and returns in-range, exact, ordered, non-overlapping spans', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), text),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (input, date) => {
          const timexes = tagDates(input, date.toISOString().slice(0, 10));
          let previousEnd = 0;
          for (const t of timexes) {
            expect(t.start).toBeGreaterThanOrEqual(previousEnd);
            expect(t.end).toBeGreaterThan(t.start);
            expect(t.end).toBeLessThanOrEqual(input.length);
            expect(input.slice(t.start, t.end)).toBe(t.text);
            expect(t.value).not.toBe('');
            previousEnd = t.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
