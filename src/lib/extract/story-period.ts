import { periodStart } from '../timeline/event-date.ts';

/** The period a story's coverage is about: from the run-up to its first reports to its last. */
export type StoryPeriod = {
  /** First day of the run-up before the coverage (YYYY-MM-DD). */
  from: string;
  /** First day of the dense coverage itself. */
  coverageFrom: string;
  /** Last day of the dense coverage. */
  to: string;
  /** The last day any source was published: nothing after it can have been reported as done. */
  lastReport: string;
};

const day = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Where a story's coverage is dense: the days from its first to its last report, less a stray
 * report far from the rest (one further from the 5th–95th percentile of the publication days than
 * those are from each other), opened on the run-up the reports look back on, two weeks or a tenth
 * of the coverage, whichever is longer: news reports what happened in the days before it.
 * Undefined when no source is dated.
 */
export function storyPeriod(published: readonly string[]): StoryPeriod | undefined {
  const days = published
    .filter((p) => /^\d{4}-\d{2}-\d{2}/.test(p))
    .map((p) => p.slice(0, 10))
    .sort();
  if (days.length === 0) return undefined;
  const at = (q: number) => days[Math.min(days.length - 1, Math.floor(q * days.length))]!;
  const [low, high] = [Date.parse(at(0.05)), Date.parse(at(0.95))];
  const dense = high - low;
  const first = days.find((d) => low - Date.parse(d) <= dense)!;
  const last = days.findLast((d) => Date.parse(d) - high <= dense)!;
  const length = Date.parse(last) - Date.parse(first);
  const from = iso(Date.parse(first) - Math.max(14 * day, length / 10));
  return { from, coverageFrom: first, to: last, lastReport: days.at(-1)! };
}

/** Where a date lies against the story's period: inside it, before it (background) or after its last report. */
export function placeInPeriod(date: string, period: StoryPeriod): 'inside' | 'background' | 'after' {
  const starts = periodStart(date).slice(0, 10);
  if (starts > period.lastReport) return 'after';
  // A year or month that begins before the run-up is background, though it runs on into the story.
  if (starts < period.from || starts > period.to) return 'background';
  return 'inside';
}
