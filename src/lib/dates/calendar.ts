import type { Day } from './types.ts';

const dayMs = 86_400_000;

function toUtc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Parses `YYYY-MM-DD` into a Day, or returns null when it is not a real calendar date. */
export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const roundTrip = fromUtc(toUtc(day));
  return roundTrip.month === day.month && roundTrip.day === day.day ? day : null;
}

/** Zero-pads a number to `width` digits. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` for a Day. */
export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `YYYY-MM` for a year and month, normalising months outside 1–12 into neighbouring years. */
export function formatMonth(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** The day `n` days after `d` (negative `n` goes back). */
export function addDays(d: Day, n: number): Day {
  return fromUtc(toUtc(d) + n * dayMs);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(d: Day): number {
  return new Date(toUtc(d)).getUTCDay();
}

/** ISO 8601 week of a day as `YYYY-Www` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function formatWeek(d: Day): string {
  const thursday = addDays(d, 3 - ((weekday(d) + 6) % 7));
  const week = Math.floor((toUtc(thursday) - Date.UTC(thursday.year, 0, 1)) / (7 * dayMs)) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

/** Calendar quarter (1–4) holding a month. */
export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}
