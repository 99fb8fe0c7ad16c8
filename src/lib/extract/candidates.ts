import { dayAfterPeriod } from '../timeline/event-date.ts';
import type { DatedSentence } from './dated-sentences.ts';

/** A dated sentence and the day its source was published. */
export type Mention = DatedSentence & { published: string };

/** Everything the sources say about one date: a candidate event, with its evidence. */
export type Candidate = {
  /** ISO date at its precision: `1944`, `2024-12`, `2025-10-15`. */
  date: string;
  approximate: boolean;
  mentions: Mention[];
  evidence: Evidence;
};

/** Why a candidate ranks where it does. */
export type Evidence = {
  /** Distinct sources that mention the date. */
  sources: number;
  /** Sentences that mention it. */
  mentions: number;
  /** Sources published on that day: the coverage the happening drew (day-precise dates only). */
  coverage: number;
  /** Later days on which sources recalled it: a happening that matters is told again afterwards. */
  recalled: number;
  /** The rank score: sources + coverage + recalled, halved for a month or a year, which says less. */
  score: number;
};

/**
 * Groups every mention by the date it resolves to, one candidate per date, and weighs the
 * evidence for each: how many sources point at it, how much coverage that day drew, and on how
 * many later days the sources recalled it. `publishedPerDay` counts the sources published on each
 * day (YYYY-MM-DD).
 */
export function collectCandidates(
  mentions: readonly Mention[],
  publishedPerDay: ReadonlyMap<string, number>,
): Candidate[] {
  return [...Map.groupBy(mentions, (m) => m.date)].map(([date, group]) => {
    // A lead that names no date is the day's words, not evidence: the day's coverage counts it.
    const explicit = group.filter((m) => !m.implicit);
    const sources = new Set(explicit.map((m) => m.sourceId)).size;
    const dayPrecise = date.length === 10;
    const coverage = dayPrecise ? (publishedPerDay.get(date) ?? 0) : 0;
    const end = dayAfterPeriod(date);
    const recalled = new Set(explicit.filter((m) => m.published >= end).map((m) => m.published)).size;
    const score = dayPrecise ? sources + coverage + recalled : (sources + recalled) / 2;
    return {
      date,
      approximate: group.every((m) => m.approximate),
      mentions: group,
      evidence: { sources, mentions: explicit.length, coverage, recalled, score },
    };
  });
}

/** Orders candidates by evidence, strongest first; ties go to more mentions, then the earlier date. */
export function rankCandidates(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort(
    (a, b) =>
      b.evidence.score - a.evidence.score || b.evidence.mentions - a.evidence.mentions || a.date.localeCompare(b.date),
  );
}
