import type { Candidate } from './candidates.ts';

/** How many events a story of `sources` articles gets by default: about 3 × √n, from 5 to 80. */
export function defaultEventCount(sources: number): number {
  return Math.min(80, Math.max(5, Math.round(3 * Math.sqrt(sources))));
}

/** The first and last day a date's period covers: `2024` → 2024-01-01 … 2024-12-31. */
export function periodBounds(date: string): { first: string; last: string } {
  const day = date.slice(0, 10);
  if (day.length === 10) return { first: day, last: day };
  if (day.length === 7) {
    const [y, m] = day.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { first: `${day}-01`, last: `${day}-${String(last).padStart(2, '0')}` };
  }
  return { first: `${day}-01-01`, last: `${day}-12-31` };
}

/** Whether the whole of a date's period lies within [from, to] (either bound may be open). */
export function withinSpan(date: string, from?: string, to?: string): boolean {
  const { first, last } = periodBounds(date);
  return (
    (from === undefined || first >= periodBounds(from).first) && (to === undefined || last <= periodBounds(to).last)
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
