/**
 * Who reported an event first, and how much later the others did, at no more precision than the
 * sources' publication dates give: a source dated to the day ties with one dated to the minute on
 * that day, and a source without a date is never first.
 */
import { comparePrecision, precisionOf, type Precision } from './event-date.ts';

/** A source reporting an event: its id and its publication date (ISO 8601, empty when unknown). */
export type Report = { source: string; published: string };

/** Where one source stands among the reports of an event. */
export type ReportTiming =
  | { source: string; status: 'first' }
  | { source: string; status: 'later'; /** "+2 days", "+3 hours", "same day" */ lag: string }
  | { source: string; status: 'undated' };

/** The first report of an event and every source's lag behind it. */
export type FirstReport = {
  /** The sources that reported first, in the order given: several when tied, none when no source is dated. */
  first: string[];
  /** When the first report came: as its source dates it, or for a tie at the precision all share; undefined when none is dated. */
  date: string | undefined;
  /** True when more than one source reported first. */
  tie: boolean;
  /** One per distinct source, in the order given. */
  timings: ReportTiming[];
};

const zoned = /T.*(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The finest precision at which dates can be compared: the coarsest of theirs, and the day for
 * date-times unless every one gives its UTC offset (a clock time without one is local to an unknown zone).
 */
export function commonPrecision(dates: readonly string[]): Precision {
  let common: Precision = 'time';
  for (const date of dates) {
    const p = precisionOf(date);
    if (comparePrecision(p, common) < 0) common = p;
    if (p === 'time' && !zoned.test(date)) common = comparePrecision(common, 'day') < 0 ? common : 'day';
  }
  return common;
}

/** An ISO date cut down to a precision (`2026-01-28T21:10` at `day` → `2026-01-28`). */
function truncate(date: string, precision: Precision): string {
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date.slice(0, 10);
}

/** Minutes since the epoch of a date-time that gives its offset, or of a day at 00:00 UTC. */
function minutes(date: string): number {
  const iso = date.length === 10 ? `${date}T00:00Z` : date;
  return Math.round(Date.parse(iso) / 60_000);
}

/** Orders two publication dates at the precision both give: negative when `a` is earlier, 0 when they cannot be told apart. */
export function compareReportDates(a: string, b: string): number {
  const p = commonPrecision([a, b]);
  if (p === 'time') return minutes(a) - minutes(b);
  const ta = truncate(a, p);
  const tb = truncate(b, p);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

const plural = (n: number, unit: string) => `+${n} ${unit}${n === 1 ? '' : 's'}`;

/** How much later `later` came than `first`, in words, at the precision both give ("+2 days", "same day"). */
export function formatLag(first: string, later: string): string {
  const p = commonPrecision([first, later]);
  if (p === 'time') {
    const diff = minutes(later) - minutes(first);
    if (diff <= 0) return 'same time';
    if (diff < 60) return plural(diff, 'minute');
    if (diff < 48 * 60) return plural(Math.floor(diff / 60), 'hour');
    return plural(Math.floor(diff / (24 * 60)), 'day');
  }
  const [fy = 0, fm = 1] = first.split('-').map(Number);
  const [ly = 0, lm = 1] = later.split('-').map(Number);
  if (p === 'year') return ly === fy ? 'same year' : plural(ly - fy, 'year');
  if (p === 'month') {
    const months = (ly - fy) * 12 + (lm - fm);
    return months === 0 ? 'same month' : plural(months, 'month');
  }
  const days = Math.round((minutes(truncate(later, 'day')) - minutes(truncate(first, 'day'))) / (24 * 60));
  return days === 0 ? 'same day' : plural(days, 'day');
}

/**
 * The first report among an event's sources (each source once, duplicates dropped): every dated
 * source that no other is known to precede. Each later source's lag is measured from the first
 * reports at the precision it shares with all of them, so it never claims more than the dates say.
 */
export function firstReport(reports: readonly Report[]): FirstReport {
  const distinct = [...new Map(reports.map((r) => [r.source, r])).values()];
  const dated = distinct.filter((r) => r.published !== '');
  const first = dated.filter((r) => !dated.some((other) => compareReportDates(other.published, r.published) < 0));
  const firstIds = new Set(first.map((r) => r.source));
  const firstPrecision = commonPrecision(first.map((r) => r.published));
  // A single first report is dated as its source dates it; tied ones only as precisely as they all are.
  const date =
    first.length === 1 || firstPrecision === 'time'
      ? first[0]?.published
      : first[0] && truncate(first[0].published, firstPrecision);
  const timings = distinct.map((r): ReportTiming => {
    if (r.published === '') return { source: r.source, status: 'undated' };
    if (firstIds.has(r.source)) return { source: r.source, status: 'first' };
    const p = commonPrecision([r.published, ...first.map((f) => f.published)]);
    const from = p === 'time' ? first[0]!.published : truncate(first[0]!.published, p);
    const to = p === 'time' ? r.published : truncate(r.published, p);
    return { source: r.source, status: 'later', lag: formatLag(from, to) };
  });
  return { first: first.map((r) => r.source), date, tie: first.length > 1, timings };
}

/** How often an outlet reported an event first. */
export type OutletFirsts = {
  outlet: string;
  /** Events it reported. */
  reported: number;
  /** Events it reported first, before every other outlet. */
  firstAlone: number;
  /** Events it reported first together with another outlet (a tie). */
  firstTied: number;
  /** Events no other outlet reported. */
  only: number;
};

/**
 * Counts, per outlet (several sources may share one), the events it reported, reported first
 * alone, reported first in a tie, and reported alone. Most firsts first, then by name.
 */
export function countFirstReports(
  events: readonly FirstReport[],
  outletOf: (source: string) => string,
): OutletFirsts[] {
  const byOutlet = new Map<string, OutletFirsts>();
  const row = (outlet: string) => {
    let r = byOutlet.get(outlet);
    if (!r) byOutlet.set(outlet, (r = { outlet, reported: 0, firstAlone: 0, firstTied: 0, only: 0 }));
    return r;
  };
  for (const event of events) {
    const outlets = new Set(event.timings.map((t) => outletOf(t.source)));
    const firstOutlets = new Set(event.first.map(outletOf));
    for (const outlet of outlets) {
      const r = row(outlet);
      r.reported++;
      if (outlets.size === 1) r.only++;
      else if (firstOutlets.has(outlet)) {
        if (firstOutlets.size === 1) r.firstAlone++;
        else r.firstTied++;
      }
    }
  }
  return [...byOutlet.values()].sort(
    (a, b) =>
      b.firstAlone + b.firstTied - (a.firstAlone + a.firstTied) ||
      b.firstAlone - a.firstAlone ||
      a.outlet.localeCompare(b.outlet, 'en'),
  );
}
