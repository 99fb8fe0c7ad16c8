import { dayAfterPeriod, periodStart } from '../timeline/event-date.ts';
import type { Candidate } from './candidates.ts';

/**
 * How many events from the period its coverage is about a story gets by default: about 3 × √n for
 * n sources, since coverage grows faster than the number of things that happen in it, but no more
 * than the days on which sources were published (a story covered on 20 days has about 20 days
 * worth telling); from 5 to 80.
 */
export function defaultEventCount(sources: number, publicationDays = Number.POSITIVE_INFINITY): number {
  return Math.min(80, Math.max(5, Math.min(Math.round(3 * Math.sqrt(sources)), publicationDays)));
}

/** Whether the whole of a date's period lies within [from, to] (either bound may be open). */
export function withinSpan(date: string, from?: string, to?: string): boolean {
  return (
    (from === undefined || periodStart(date) >= periodStart(from)) &&
    (to === undefined || dayAfterPeriod(date) <= dayAfterPeriod(to))
  );
}

export type SelectionOptions = {
  from?: string | undefined;
  to?: string | undefined;
  /** Why a candidate must not be published (a reviewed event covers it, an editor rejected it), or undefined. */
  excluded: (candidate: Candidate) => string | undefined;
};

/** A candidate left out, and why. */
export type Skipped = { candidate: Candidate; reason: string };

/**
 * Keeps the candidates (in the order given, strongest first) that lie inside the span and are not
 * excluded; reports every other one with its reason.
 */
export function selectCandidates(
  ranked: readonly Candidate[],
  options: SelectionOptions,
): { selected: Candidate[]; skipped: Skipped[] } {
  const selected: Candidate[] = [];
  const skipped: Skipped[] = [];
  for (const candidate of ranked) {
    const excluded = options.excluded(candidate);
    if (excluded) skipped.push({ candidate, reason: excluded });
    else if (!withinSpan(candidate.date, options.from, options.to))
      skipped.push({ candidate, reason: 'outside --from/--to' });
    else selected.push(candidate);
  }
  return { selected, skipped };
}
