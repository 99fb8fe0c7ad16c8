import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagDates } from '../tag-dates.ts';

// Date-ish words of each language, so that rule interactions are likelier than in uniform random text.
const words: Record<string, string[]> = {
  ru: [
    'в',
    'прошлом',
    'году',
    'декабря',
    '15',
    '2024',
    'года',
    'г.',
    'понедельник',
    'вчера',
    'назад',
    'два',
    'лет',
    'начале',
    'XX',
    'века',
    '1990-х',
    'среды',
    'того',
    'же',
  ],
  ar: [
    'في',
    'وفي',
    'بـ',
    '٨',
    '۲۰۲۴',
    'ديسمبر',
    '/',
    'كانون الأول',
    'الماضي',
    'عام',
    'أمس',
    'اليوم',
    'الأربعاء',
    'قبل',
    'عامين',
    'مطلع',
    'ً',
    'م',
    'الربع',
    'الأول من',
  ],
  fr: [
    'le',
    'en',
    'décembre',
    '2024',
    'dernier',
    'lundi',
    'il',
    'y',
    'a',
    'deux',
    'ans',
    'fin',
    'mi-',
    "l'année",
    'prochaine',
  ],
  de: [
    'am',
    'im',
    'Dezember',
    '2024',
    'vergangenen',
    'Jahres',
    'Montag',
    'abend',
    'vor',
    'zwei',
    'Jahren',
    'Ende',
    '15.',
    'Jahr',
  ],
  es: [
    'el',
    'en',
    'de',
    'diciembre',
    '2024',
    'pasado',
    'lunes',
    'hace',
    'dos',
    'años',
    'finales',
    'mañana',
    'la',
    'desde',
  ],
  xx: ['2024-12-08', '15.10.2024', '1944', '$', '%', ',', '.', '-'],
};

describe.each(Object.keys(words))('tagDates(…, %s) on arbitrary input', (lang) => {
  const fragment = fc.oneof(fc.string(), fc.constantFrom(...(words[lang] ?? []), ' ', '\n', ',', '.', '-'));
  const text = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(' '));
  it('never throws, and returns in-range, exact, ordered, non-overlapping spans', () => {
    fc.assert(
      fc.property(
        text,
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (input, date) => {
          let previousEnd = 0;
          for (const t of tagDates(input, date.toISOString().slice(0, 10), lang)) {
            expect(t.start).toBeGreaterThanOrEqual(previousEnd);
            expect(t.end).toBeGreaterThan(t.start);
            expect(input.slice(t.start, t.end)).toBe(t.text);
            expect(t.value).not.toBe('');
            previousEnd = t.end;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
