import { tagDates } from '../dates/tag-dates.ts';

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const M = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const W = String.raw`(?:(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)`;
const D = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const T = String.raw`(?:,?\s+(?:at\s+)?(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]\d+))?)?`;

/** Date shapes a dateline takes; each captures weekday?, day, month, year?, then time. */
const shapes: { re: RegExp; order: 'dmy' | 'mdy' | 'iso' }[] = [
  { re: new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?`, 'i'), order: 'iso' },
  { re: new RegExp(String.raw`^${W}?${D}\s+${M},?(?:\s+(\d{4}))?${T}`, 'i'), order: 'dmy' },
  { re: new RegExp(String.raw`^${W}?${M}\s+${D},?(?:\s+(\d{4}))?${T}`, 'i'), order: 'mdy' },
];

/** A date read from a dateline: ISO value, plus the weekday it names, if any. */
export type DatelineDate = {
  value: string;
  weekday?: number;
  length: number;
  needsYear?: { month: number; day: number };
};

/**
 * Reads a date at the start of `text` in the shapes news sites print (`2026-01-28`,
 * `January 28, 2026`, `28 Jan, 2026 21:10`, `Wednesday, January 28, 2026`, `Wednesday, 28 January`).
 * A date without a year comes back with `needsYear` for {@link inferYear} to settle.
 */
export function readDateAt(text: string): DatelineDate | undefined {
  for (const { re, order } of shapes) {
    const m = re.exec(text);
    if (!m) continue;
    if (order === 'iso') {
      const [, y, mo, d, h, mi] = m;
      const value = h ? `${y}-${mo}-${d}T${h}:${mi}` : `${y}-${mo}-${d}`;
      return validDay(+y!, +mo!, +d!) ? { value, length: m[0].length } : undefined;
    }
    const [, wd, a, b, year, hour, minute, ampm] = m;
    const day = Number(order === 'dmy' ? a : b);
    const month = months.indexOf((order === 'dmy' ? b : a)!.slice(0, 3).toLowerCase()) + 1;
    const weekday =
      wd === undefined ? undefined : weekdays.findIndex((w) => w.startsWith(wd.slice(0, 3).toLowerCase()));
    const base = { length: m[0].length, ...(weekday === undefined ? {} : { weekday }) };
    if (year === undefined) {
      // Without a year only a weekday makes the date resolvable (it pins the year down).
      return weekday === undefined || !validDay(2000, month, day)
        ? undefined
        : { ...base, value: '', needsYear: { month, day } };
    }
    if (!validDay(+year, month, day)) return undefined;
    let value = `${year}-${pad(month)}-${pad(day)}`;
    if (hour !== undefined && minute !== undefined) {
      let h = +hour;
      if (ampm && /p/i.test(ampm) && h < 12) h += 12;
      if (ampm && /a/i.test(ampm) && h === 12) h = 0;
      if (h < 24 && +minute < 60) value += `T${pad(h)}:${minute}`;
    }
    return { ...base, value };
  }
  return undefined;
}

/**
 * A dateline in another language, read by the date tagger ("28 января 2026 года", "الأربعاء 28
 * يناير/كانون الثاني 2026"): the whole line, but for punctuation, is its date expressions, and one
 * of them names a day with its year. The English shapes above are tried first.
 */
export function readLocalDateline(text: string, lang: string): DatelineDate | undefined {
  const found = tagDates(text, '2000-01-01', lang).filter((t) => t.type === 'DATE' || t.type === 'TIME');
  const dated = found.find((t) => /^\d{4}-\d\d-\d\d/.test(t.value) && /\d{4}|[٠-٩]{4}/u.test(t.text));
  if (!dated) return undefined;
  const rest = found.reduce(
    (left, t) => left.slice(0, t.start) + ' '.repeat(t.end - t.start) + left.slice(t.end),
    text,
  );
  // A weekday's or a year's word may stand beside the expression ("года", "г."): short words only.
  if (rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]{4,}/u.test(w)).length > 1) return undefined;
  return { value: dated.value.slice(0, 16), length: text.length };
}

/**
 * Picks the year in which `month`/`day` falls on `weekday`, nearest to `nearYear` (the latest
 * year the article mentions); undefined when there is nothing to anchor the choice.
 */
export function inferYear(
  month: number,
  day: number,
  weekday: number,
  nearYear: number | undefined,
): number | undefined {
  if (nearYear === undefined) return undefined;
  // Weekday/date pairs recur within 11 years (6 in most cases), so ±11 always finds one.
  for (let d = 0; d <= 11; d++) {
    for (const y of [nearYear + d, nearYear - d]) {
      if (validDay(y, month, day) && new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday) return y;
    }
  }
  return undefined;
}

/** The latest plausible year (1900–2099) written in `text`, or undefined. */
export function latestYearIn(text: string): number | undefined {
  const years = [...text.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}

/** The weekday (0 = Sunday) of an ISO `YYYY-MM-DD…` date. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
