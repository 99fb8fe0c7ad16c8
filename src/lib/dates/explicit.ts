import * as chrono from 'chrono-node';
import { lastDayOrReference } from './anaphora.ts';
import { formatDay, pad, parseDay } from './calendar.ts';
import type { Anchor, Candidate, Day } from './types.ts';
import { directionFor, resolveWeekday } from './weekdays.ts';

/*
 * chrono-node is good at calendar dates written out ("October 15, 2025", "8 December 2024", "7/8/07")
 * and clock times ("18:00 UTC", "6:40 p.m."). Everything vaguer — bare months, weekdays, "last week" —
 * is left to our own rules, which follow TIMEX3 granularity and news tense conventions more closely.
 */

const leadingPreposition = /^(?:(?:on|at|in|by|from|since|until|of|the)\s+)+/i;
const clockLike = /\d:\d\d|\d\s*[ap]\.?m\b|o'clock|\bnoon\b|\bmidnight\b/i;
/** A written-out calendar date: a month name or abbreviation, or a numeric date ("7/8/07", "2026-01-15"). */
const calendarLike =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?![a-z])|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}\/\d{1,2}\b/;

/** Year (reference year ±1) putting month/day closest to the reference date, as a reader would. */
export function nearestYear(month: number, day: number, reference: Day): number {
  let best = reference.year;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const gap = Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(reference.year, reference.month - 1, reference.day));
    if (gap < bestGap) {
      best = year;
      bestGap = gap;
    }
  }
  return best;
}

/** TIMEX3 zone suffix for a UTC offset in minutes: "Z" for UTC, else "+08:00" style. */
export function timezoneSuffix(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Explicit calendar dates and clock times, parsed by chrono-node. */
export function findExplicit(text: string, reference: Day): Candidate[] {
  const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
  const found: Candidate[] = [];
  for (const result of chrono.casual.parse(text, { instant, timezone: 0 })) {
    const c = result.start;
    const lead = leadingPreposition.exec(result.text)?.[0].length ?? 0;
    // chrono reads "11 December -- four years" as a range ending in a bare year; keep only its first part.
    const rangeEnd = result.end;
    const realRange =
      rangeEnd && (rangeEnd.isCertain('day') || rangeEnd.isCertain('month') || rangeEnd.isCertain('hour'));
    const matched =
      rangeEnd && !realRange
        ? (result.text.split(/\s*(?:-{1,2}|–|—|\bto\b|\buntil\b|\bthrough\b)\s*/)[0] ?? '')
        : result.text;
    const start = result.index + lead;
    // Drop trailing commas and a closing parenthesis chrono swallowed from "(16:30 UTC)".
    const trimmed = matched.replace(/[\s,]+$/, '').replace(/\)$/, (p) => (matched.includes('(') ? p : ''));
    const end = result.index + trimmed.length;
    if (end <= start) continue;
    const span = text.slice(start, end);
    // Reject pieces of larger numbers ("1,500 to 2,000" reads as a time to chrono).
    if (/[\d,.]$/.test(text.slice(0, start)) || /^\d/.test(text.slice(end))) continue;
    const hasDate = c.isCertain('month') && (c.isCertain('day') || c.isCertain('year'));
    const hasTime = c.isCertain('hour') && clockLike.test(span);
    // Relative phrases ("40 days", "next week") are left to our own rules.
    if (!hasTime && !(hasDate && /\d/.test(span) && calendarLike.test(span))) continue;

    const month = c.get('month') ?? 1;
    const dayOfMonth = c.get('day') ?? 1;
    const year = c.isCertain('year') ? (c.get('year') ?? reference.year) : nearestYear(month, dayOfMonth, reference);
    const datePart = (anchor: Anchor): string => {
      if (c.isCertain('day')) return formatDay({ year, month, day: dayOfMonth });
      if (c.isCertain('weekday')) {
        const direction = directionFor(undefined, text, start, end);
        return formatDay(resolveWeekday(c.get('weekday') ?? 0, reference, direction));
      }
      return lastDayOrReference(anchor);
    };
    if (hasTime) {
      const zone = c.isCertain('timezoneOffset') ? timezoneSuffix(c.get('timezoneOffset') ?? 0) : '';
      const clock = `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
      found.push({ start, end, type: 'TIME', resolve: (anchor) => `${datePart(anchor)}T${clock}${zone}` });
    } else if (c.isCertain('day')) {
      const value = formatDay({ year, month, day: dayOfMonth });
      if (parseDay(value)) found.push({ start, end, type: 'DATE', resolve: () => value });
    } else {
      found.push({ start, end, type: 'DATE', resolve: () => `${pad(year, 4)}-${pad(month)}` });
    }
  }
  return found;
}
