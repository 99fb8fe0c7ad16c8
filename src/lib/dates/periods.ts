import type { Day, Tense } from './types.ts';

/**
 * Year of a yearly period named without one — a month, quarter, season or holiday spanning months
 * `first`…`last` (1-based; `last` may pass 12, as winter runs December to February). Past-tense copy
 * means the latest occurrence already begun, future-tense copy the earliest one not yet over, and
 * otherwise the occurrence nearest the reference (the earlier on a tie).
 */
export function yearOfPeriod(first: number, last: number, reference: Day, tense: Tense): number {
  const now = reference.year * 12 + reference.month - 1;
  const years = [reference.year - 1, reference.year, reference.year + 1];
  const span = (year: number): [number, number] => [year * 12 + first - 1, year * 12 + last - 1];
  if (tense === 'past') return years.filter((y) => span(y)[0] <= now).at(-1) ?? reference.year;
  if (tense === 'future') return years.find((y) => span(y)[1] >= now) ?? reference.year;
  let best = reference.year;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const year of years) {
    const [from, to] = span(year);
    const gap = now < from ? from - now : now > to ? now - to : 0;
    if (gap < bestGap) {
      best = year;
      bestGap = gap;
    }
  }
  return best;
}
