import { calendarDay } from './resolve.ts';
import { pattern, type Rule } from './rules.ts';

/*
 * Rules that need no words of any language, for texts in a language we have no grammar for and
 * beneath every language's own rules: ISO 8601 dates ("2024-12-08", "2024-12-08T10:30"), day-first
 * dotted dates ("08.12.2024", as most of the world writes them) and free-standing years.
 */

/** A number that is part of something larger: a decimal, a range of digits, money, a percentage, a clock. */
const notAlone = '(?<![\\p{L}\\p{N}$€£¥.,:/#-])';
const aloneAfter = '(?![\\p{L}\\p{N}%‰]|[.,:/]\\d|\\s*%)';

/** Rules any language can use. */
export const neutralRules: Rule[] = [
  {
    pattern: pattern(
      `${notAlone}(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)(?:T(?<h>[01]\\d|2[0-3]):(?<min>[0-5]\\d)(?<z>Z)?)?${aloneAfter}`,
    ),
    type: (g) => (g['h'] ? 'TIME' : 'DATE'),
    value: ({ groups: g }) => {
      const day = calendarDay(Number(g['y']), Number(g['m']), Number(g['d']));
      return day && g['h'] ? `${day}T${g['h']}:${g['min']}${g['z'] ?? ''}` : day;
    },
  },
  {
    pattern: pattern(`${notAlone}(?<d>[0-3]?\\d)\\.(?<m>[01]?\\d)\\.(?<y>\\d{4})${aloneAfter}`),
    value: ({ groups: g }) => calendarDay(Number(g['y']), Number(g['m']), Number(g['d'])),
  },
];

/**
 * Free-standing years, 1900–2099, for languages without their own year rules: not part of a larger
 * number, money, a percentage or a clock time (four digits that follow "at" or precede a time zone are
 * left to each language; here a year must not touch a colon or a time-zone abbreviation).
 */
export const neutralYearRules: Rule[] = [
  {
    pattern: pattern(`${notAlone}(?<t>(?:19|20)\\d\\d)${aloneAfter}(?!\\s*(?:UTC|GMT|Z)\\b)`),
    value: ({ groups: g }) => g['t'] ?? null,
  },
];
