import { cosine } from '../text/term-vectors.ts';
import { periodStartDate } from '../timeline/event-date.ts';
import type { Candidate } from './candidates.ts';
import type { CandidateSummary, QuotedSentence } from './summarize-candidate.ts';

// How far apart two dates of one precision can be and still be two sources' dates for one
// happening: a week of days, two months, two years.
const reach: Record<number, number> = { 10: 7 * 86_400_000, 7: 62 * 86_400_000, 4: 2 * 366 * 86_400_000 };

/**
 * Other sources' dates for the same happening: candidates near `candidate` in time, at the same
 * precision, none of whose sources also names the candidate's date, whose most central sentence
 * says what the candidate's does (cosine ≥ `threshold`). `summarize` gives a candidate's words (the
 * caller's, so that no candidate is summarised twice). Returns each with its quotes, to be cited
 * with its own date so that the event shows as disputed rather than one date being picked.
 */
export function findDateDisagreements(
  candidate: Candidate,
  words: CandidateSummary,
  others: readonly Candidate[],
  summarize: (candidate: Candidate) => CandidateSummary | undefined,
  threshold = 0.4,
): { candidate: Candidate; quotes: QuotedSentence[] }[] {
  const own = new Set(candidate.mentions.map((m) => m.sourceId));
  const centre = words.summary[0]?.vector;
  const span = reach[candidate.date.length];
  if (!centre || span === undefined) return [];
  const start = periodStartDate(candidate.date).getTime();
  return others.flatMap((other) => {
    if (other.date === candidate.date || other.date.length !== candidate.date.length) return [];
    if (Math.abs(periodStartDate(other.date).getTime() - start) > span) return [];
    if (other.mentions.some((m) => own.has(m.sourceId))) return [];
    const theirs = summarize(other);
    const best = theirs?.ranked[0];
    if (!best || cosine(best.vector, centre) < threshold) return [];
    const quotes = theirs.ranked.filter(
      (s, i, all) => cosine(s.vector, centre) >= threshold && all.findIndex((t) => t.sourceId === s.sourceId) === i,
    );
    return [{ candidate: other, quotes }];
  });
}
