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
  // One flag per character keeps the overlap test linear in the span length, however many spans there are.
  const taken = new Uint8Array(ranked.reduce((max, { c }) => Math.max(max, c.end), 0));
  const chosen: Candidate[] = [];
  for (const { c } of ranked) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
