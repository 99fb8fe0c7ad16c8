import type { Chrono } from 'chrono-node';
import { lastDayOrReference } from '../anaphora.ts';
import { formatDay, pad } from '../calendar.ts';
import { nearestYear, timezoneSuffix } from '../explicit.ts';
import type { Anchor, Candidate, Day } from '../types.ts';

/*
 * chrono-node's locales read calendar dates written out ("15 октября 2024 года", "le 8 décembre",
 * "8. Dezember 2024", "15 de octubre") and clock times ("в 10:30", "à 14h30", "um 14 Uhr") well. As in
 * English, only those are taken from it: weekdays, months without a day, relative words and years
 * follow TIMEX3 granularity and news tense better in our own rules (chrono reads "на прошлой неделе"
 * as a day and "в январе" as the next January).
 */

/** How a language's chrono results are trimmed and checked. */
export interface ChronoOptions {
  /** Words chrono may include before the date that TIMEX3 leaves out ("в", "le", "am", "el"), as `^(?:…)`. */
  leadingWords: RegExp;
  /** A month name or numeric date inside the span, which a calendar date must have ("8 декабря", "08.12.2024"). */
  calendarLike: RegExp;
}

const clockLike = /\d[:h.]\d\d|\d\s*(?:uhr|heures?|h\b)|الساعة/iu;

/** Calendar dates and clock times found by a chrono-node locale, as candidates. */
export function chronoDates(parser: Chrono, text: string, reference: Day, options: ChronoOptions): Candidate[] {
  const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
  const found: Candidate[] = [];
  for (const result of parser.parse(text, instant, {})) {
    const c = result.start;
    const lead = options.leadingWords.exec(result.text)?.[0].length ?? 0;
    const matched = result.text.replace(/[\s,]+$/u, '');
    const start = result.index + lead;
    const end = result.index + matched.length;
    if (end <= start) continue;
    const span = text.slice(start, end);
    if (/\d$/u.test(text.slice(0, start)) || /^\d/u.test(text.slice(end))) continue;
    const hasDate = c.isCertain('month') && (c.isCertain('day') || c.isCertain('year'));
    const hasTime = c.isCertain('hour') && clockLike.test(span);
    if (!hasTime && !(hasDate && /\d/u.test(span) && options.calendarLike.test(span))) continue;
    const month = c.get('month') ?? 1;
    const dayOfMonth = c.get('day') ?? 1;
    const year = c.isCertain('year') ? (c.get('year') ?? reference.year) : nearestYear(month, dayOfMonth, reference);
    const datePart = (anchor: Anchor): string =>
      c.isCertain('day') ? formatDay({ year, month, day: dayOfMonth }) : lastDayOrReference(anchor);
    if (hasTime) {
      const zone = c.isCertain('timezoneOffset') ? timezoneSuffix(c.get('timezoneOffset') ?? 0) : '';
      const clock = `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
      found.push({ start, end, type: 'TIME', resolve: (anchor) => `${datePart(anchor)}T${clock}${zone}` });
    } else if (c.isCertain('day')) {
      const value = formatDay({ year, month, day: dayOfMonth });
      found.push({ start, end, type: 'DATE', resolve: () => value });
    } else {
      const value = `${pad(year, 4)}-${pad(month)}`;
      found.push({ start, end, type: 'DATE', resolve: () => value });
    }
  }
  return found;
}
