import type { Candidate } from './types.ts';

/**
 * Keeps a set of non-overlapping candidates, longest first: the longer reading of a phrase is the more
 * specific one ("16:00 UTC today" over "today", "the fourth quarter of 2024" over "2024"). Among equally
 * long candidates the one listed first wins, so callers list their most trusted rules first.
 */
export function selectSpans(candidates: Candidate[]): Candidate[] {
  const ranked = candidates
    .filter((c) => c.end > c.start)
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const chosen: Candidate[] = [];
  for (const { c } of ranked) {
    if (!chosen.some((o) => c.start < o.end && o.start < c.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
