/**
 * First reports as the routes show them: each event's, and each outlet's count of firsts. Lives
 * with the routes because it takes timeline values; the rules are in `src/lib/timeline/first-report.ts`.
 */
import { countFirstReports, firstReport, type FirstReport, type OutletFirsts } from '../lib/timeline/first-report.ts';
import { sourceLabel, type TimelineEvent } from './timeline.ts';

/** Who reported an event first, and every source's lag, from its citations' publication dates. */
export function firstReportOf(event: Pick<TimelineEvent, 'citations'>): FirstReport {
  return firstReport(event.citations.map((c) => ({ source: c.entry.id, published: c.entry.data.published })));
}

/** The name each cited source of these events goes by (its publisher, or its id). */
export function sourceNames(events: readonly Pick<TimelineEvent, 'citations'>[]): (id: string) => string {
  const names = new Map(events.flatMap((e) => e.citations.map((c) => [c.entry.id, sourceLabel(c.entry)] as const)));
  return (id) => names.get(id) ?? id;
}

/** How often each outlet reported an event first. */
export function outletFirsts(events: readonly Pick<TimelineEvent, 'citations'>[]): OutletFirsts[] {
  return countFirstReports(events.map(firstReportOf), sourceNames(events));
}
