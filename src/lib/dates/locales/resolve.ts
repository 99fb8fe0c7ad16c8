import { lastDayOrReference } from '../anaphora.ts';
import { addDays, formatDay, formatMonth, pad } from '../calendar.ts';
import { durationValue } from '../durations.ts';
import { yearOfPeriod } from '../periods.ts';
import { shiftUnit } from '../relative.ts';
import type { Anchor, Day, Tense } from '../types.ts';
import { resolveWeekday, type WeekdayDirection } from '../weekdays.ts';

/*
 * Value computations shared by every language's rules. They take language-free arguments (a month
 * number, a unit name in English, a step) so that each language only has to say which words mean what.
 */

/** Time units the rules name, in the English words `durationValue` and `shiftUnit` understand. */
export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** A month named without a year: the latest one in past or unknown tense, the next one in future tense. */
export function monthValue(month: number, reference: Day, tense: Tense): string {
  return formatMonth(yearOfPeriod(month, month, reference, tense === 'future' ? 'future' : 'past'), month);
}

/** A month with "last" or "next" ("в прошлом мае", "décembre dernier"): the one strictly before or after the reference month. */
export function steppedMonthValue(month: number, reference: Day, step: -1 | 1): string {
  if (step < 0) return formatMonth(month < reference.month ? reference.year : reference.year - 1, month);
  return formatMonth(month > reference.month ? reference.year : reference.year + 1, month);
}

/** A day and month without a year, read as the nearest occurrence unless "last"/"next" says which side. */
export function dayMonthValue(
  day: number,
  month: number,
  reference: Day,
  side: 'past' | 'future' | 'nearest',
): string | null {
  const candidates = [reference.year - 1, reference.year, reference.year + 1].map((year) => ({ year, month, day }));
  const valid = candidates.filter((d) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDate() === d.day);
  if (valid.length === 0) return null;
  const gap = (d: Day) =>
    Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(reference.year, reference.month - 1, reference.day);
  const pool =
    side === 'past' ? valid.filter((d) => gap(d) <= 0) : side === 'future' ? valid.filter((d) => gap(d) >= 0) : valid;
  const best = [...pool].sort((a, b) => Math.abs(gap(a)) - Math.abs(gap(b)))[0];
  return best ? formatDay(best) : null;
}

/** A full calendar date, or null when it does not exist (31 February). */
export function calendarDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day ? formatDay({ year, month, day }) : null;
}

/** A weekday (0 = Sunday) resolved against the reference: an explicit step, else the tense (news is past by default). */
export function weekdayValue(target: number, reference: Day, step: -1 | 0 | 1 | undefined, tense: Tense): string {
  const direction: WeekdayDirection =
    step === -1 ? 'before' : step === 1 ? 'after' : tense === 'future' ? 'on-or-after' : 'on-or-before';
  return formatDay(resolveWeekday(target, reference, direction));
}

/** The period `step` units from the reference's ("this week" = 0, "last year" = -1). */
export function relativeUnitValue(unit: Unit, step: number, reference: Day, tense: Tense): string {
  return shiftUnit(unit, step, reference, tense === 'future');
}

/** The date `count` units before (sign -1) or after (+1) the reference: "два года назад" → the year two back. */
export function offsetValue(count: number, unit: Unit, sign: -1 | 1, reference: Day): string {
  switch (unit) {
    case 'day':
      return formatDay(addDays(reference, sign * count));
    case 'week':
      return formatDay(addDays(reference, sign * 7 * count));
    case 'month':
      return formatMonth(reference.year, reference.month + sign * count);
    case 'decade':
      return pad(reference.year + sign * 10 * count, 4);
    case 'century':
      return pad(reference.year + sign * 100 * count, 4);
    default:
      return pad(reference.year + sign * count, 4);
  }
}

/** TIMEX3 duration: `count` units, or an unspecified number (`PXY`) when `count` is undefined. */
export function durationOf(count: number | undefined, unit: Unit): string | null {
  if (count !== undefined && !Number.isInteger(count)) {
    // "полтора года", "anderthalb Jahre": TIMEX3 writes fractions of a year or day in the next unit down.
    if (unit === 'year' && Number.isInteger(count * 12)) return `P${count * 12}M`;
    if (unit === 'day' && Number.isInteger(count * 24)) return `PT${count * 24}H`;
    return null;
  }
  return durationValue(count, unit === 'weekend' ? 'week' : unit) ?? null;
}

/** Century digits of a two-digit decade ("the 90s"): this century once it has begun, else the last. */
export function decadeValue(tens: number, reference: Day): string {
  const century = 2000 + tens <= reference.year ? 20 : 19;
  return `${century}${Math.floor(tens / 10)}`;
}

/** TIMEX3 century value ("19" for the 20th century) of an ordinal century number. */
export function centuryValue(ordinal: number): string | null {
  return ordinal >= 1 && ordinal <= 30 ? pad(ordinal - 1, 2) : null;
}

/** Value of a Roman numeral (I–XXX), or undefined. */
export function romanNumber(roman: string): number | undefined {
  const digits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  const upper = roman.toUpperCase();
  for (let i = 0; i < upper.length; i++) {
    const value = digits[upper[i] ?? ''];
    const next = digits[upper[i + 1] ?? ''] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
}

/** The day `days` days from the reference: "вчера" is -1, "demain" +1. */
export function dayFromReference(reference: Day, days: number): string {
  return formatDay(addDays(reference, days));
}

/** The day being talked about, shifted by `days`: "на следующий день", "la veille", "am Vortag". */
export function anaphoricDay(anchor: Anchor, days: number): string {
  if (days === 0) return lastDayOrReference(anchor);
  return formatDay(addDays(anchor.lastDay ?? anchor.reference, days));
}

/** Year of the last date mentioned (else the reference), for "того же года", "cette année-là". */
export function anaphoricYear(anchor: Anchor): number {
  const year = anchor.lastDate ? Number(anchor.lastDate.slice(0, 4)) : Number.NaN;
  return Number.isNaN(year) ? anchor.reference.year : year;
}

/** TIMEX3 part-of-day codes. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';
