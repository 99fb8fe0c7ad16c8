/** Full English month names, January first. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Full English weekday names, Sunday first (matching `Date#getUTCDay`). */
export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Regex alternation of the month names (capitalised: lowercase "may" and "march" are verbs). */
export const monthPattern = monthNames.join('|');

/** Regex alternation of the weekday names. */
export const weekdayPattern = weekdayNames.join('|');

/** Month number 1–12 for a capitalised month name. */
export function monthNumber(name: string): number {
  return monthNames.indexOf(name as (typeof monthNames)[number]) + 1;
}

/** Weekday number 0–6 (Sunday = 0) for a weekday name, ignoring a plural "s". */
export function weekdayNumber(name: string): number {
  const bare = name.replace(/s$/, '');
  return weekdayNames.findIndex((w) => w.toLowerCase() === bare.toLowerCase());
}

const units: Record<string, string> = {
  second: 'S',
  minute: 'M',
  hour: 'H',
  day: 'D',
  night: 'D',
  week: 'W',
  fortnight: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
};

/** TIMEX3 duration letter for a unit word ("years" → Y, "minute" → M, "decade" → DE), or undefined. */
export function unitLetter(word: string): string | undefined {
  const singular = word
    .toLowerCase()
    .replace(/centuries$/, 'century')
    .replace(/s$/, '');
  return units[singular];
}

/** True for units measured in the time part of a TIMEX3 duration (`PT…`). */
export function isClockUnit(letter: string, word: string): boolean {
  return letter === 'H' || letter === 'S' || (letter === 'M' && /^min/i.test(word));
}

/** Regex alternation of unit words, singular and plural. */
export const unitPattern =
  'seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries';

const small: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  couple: 2,
  'a couple of': 2,
  dozen: 12,
  'a dozen': 12,
  half: 0.5,
  'a half': 0.5,
};
const tens: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/** Regex for a cardinal written in digits or words ("27", "1.5", "twenty-five", "a couple of"). */
export const numberPattern =
  '\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a couple of|a dozen|a hundred|one hundred|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen|one|two|three|four|five|six|seven|eight|nine|ten|an|a|single';

/** Regex for a count that TIMEX3 leaves unspecified ("several years" → PXY). */
export const vagueCountPattern = 'several|a few|few|many|some|numerous|countless';

/** Numeric value of a cardinal matched by `numberPattern`, optionally followed by "and a half". */
export function parseNumber(words: string): number | undefined {
  const text = words.toLowerCase().trim();
  const half = /\s+and\s+a\s+half$/.exec(text);
  const core = half ? text.slice(0, half.index) : text;
  let value: number | undefined;
  if (/^\d+(?:\.\d+)?$/.test(core)) value = Number(core);
  else if (core in small) value = small[core];
  else if (core === 'a hundred' || core === 'one hundred') value = 100;
  else {
    const [ten, one] = core.split(/[- ]/);
    const base = ten === undefined ? undefined : tens[ten];
    if (base !== undefined) value = base + (one === undefined ? 0 : (small[one] ?? Number.NaN));
  }
  if (value === undefined || Number.isNaN(value)) return undefined;
  return half ? value + 0.5 : value;
}
