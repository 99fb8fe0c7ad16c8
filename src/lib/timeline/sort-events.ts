import { comparePrecision, periodStart, precisionOf } from './event-date.ts';

/** The fields that decide an event's place on the timeline. */
export type Sortable = { id: string; data: { date: string; title: string } };

/**
 * Timeline order: by the start of each event's period, then coarser precision first (a year-only
 * event before the days within it), then title, then id; stable for equal keys.
 */
export function sortEvents<T extends Sortable>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      periodStart(a.data.date).localeCompare(periodStart(b.data.date)) ||
      comparePrecision(precisionOf(a.data.date), precisionOf(b.data.date)) ||
      a.data.title.localeCompare(b.data.title, 'en') ||
      a.id.localeCompare(b.id),
  );
}
