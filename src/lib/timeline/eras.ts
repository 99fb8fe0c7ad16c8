/**
 * The time an era of `content/story.yaml` spans, one rule for every place that asks: from the
 * first moment of its start's period to the first moment after its end's period, so an era that
 * ends on `2024-12-07` holds `2024-12-07T21:00`, and one that ends in `2024` holds all of 2024.
 */
import { dayAfterPeriod, periodStart } from './event-date.ts';

/** What an era is, as the story file gives it. */
export type Era = { name: string; start: string; end?: string | undefined };

/** The first moment of a date's period, in milliseconds (UTC: eras and events are wall dates). */
export const periodInstant = (iso: string): number => Date.parse(`${periodStart(iso)}Z`);

/** The era's span as `[start, end)` in milliseconds; an open era ends at `Infinity`. */
export function eraInterval(era: Era): { start: number; end: number } {
  return {
    start: periodInstant(era.start),
    end: era.end === undefined ? Infinity : periodInstant(dayAfterPeriod(era.end)),
  };
}

/** The first era a date (of any precision) starts in, or undefined. */
export function eraOf<E extends Era>(date: string, eras: readonly E[]): E | undefined {
  const at = periodInstant(date);
  return eras.find((era) => {
    const { start, end } = eraInterval(era);
    return at >= start && at < end;
  });
}
