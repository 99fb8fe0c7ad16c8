/**
 * The story's changes for readers who come back: every event's history and every correction in
 * one list, newest first, as `/changes/`, `/changes.xml` and the home page show them.
 */
import { formatSpan, periodStartDate } from '../timeline/event-date.ts';
import type { EventHistory, HistoryChange } from './event-history.ts';

/** A correction an editor printed with an event. */
export type Correction = { date: string; note: string };

/** One item of the story's changes: a commit's changes to one event, or a correction. */
export type StoryChange =
  | { type: 'history'; anchor: string; event: string; date: string; commit: string; changes: HistoryChange[] }
  | { type: 'correction'; anchor: string; event: string; date: string; note: string };

/** The instant a change happened: a commit's time, or the start of a correction's day (UTC unless it gives an offset). */
export const changeInstant = ({ date }: { date: string }): number =>
  /T.*(?:Z|[+-]\d{2}:\d{2})$/.test(date) ? Date.parse(date) : periodStartDate(date).getTime();

/** Every event's changes and corrections, newest first (same instant: later in the history first). */
export function storyChanges(
  histories: ReadonlyMap<string, EventHistory>,
  corrections: readonly { event: string; corrections: readonly Correction[] }[],
): StoryChange[] {
  const all: StoryChange[] = [
    ...[...histories].flatMap(([event, history]) =>
      history.entries.map((e): StoryChange => ({
        type: 'history',
        anchor: `change-${e.commit.slice(0, 12)}-${event}`,
        event,
        date: e.date,
        commit: e.commit,
        changes: e.changes,
      })),
    ),
    ...corrections.flatMap(({ event, corrections: list }) =>
      list.map((c, i): StoryChange => ({
        type: 'correction',
        anchor: `correction-${event}-${i + 1}`,
        event,
        date: c.date,
        note: c.note,
      })),
    ),
  ];
  return all
    .map((change, order) => ({ change, order }))
    .sort((a, b) => changeInstant(b.change) - changeInstant(a.change) || b.order - a.order)
    .map(({ change }) => change);
}

/**
 * Events added or changed within `days` before `now`: `new` when first published in that time,
 * `updated` when changed or corrected in it.
 */
export function recentEvents(
  changes: readonly StoryChange[],
  histories: ReadonlyMap<string, EventHistory>,
  now: Date,
  days: number,
): Map<string, 'new' | 'updated'> {
  const since = now.getTime() - days * 24 * 60 * 60 * 1000;
  const recent = new Map<string, 'new' | 'updated'>();
  for (const change of changes) {
    if (changeInstant(change) < since || changeInstant(change) > now.getTime() || recent.has(change.event)) continue;
    const published = histories.get(change.event)?.published;
    recent.set(change.event, published !== undefined && Date.parse(published) >= since ? 'new' : 'updated');
  }
  return recent;
}

/** One change in words, naming sources as `sourceName` gives them: "Source added: RT". */
export function describeChange(change: HistoryChange, sourceName: (id: string) => string = (id) => id): string {
  const names = (ids: readonly string[]) => ids.map(sourceName).join(', ');
  const span = (value: string) => {
    const [date, end] = value.split('/');
    return date ? formatSpan(date, end) : 'none';
  };
  switch (change.kind) {
    case 'added':
      return change.reviewed ? 'Added' : 'Added automatically, not yet reviewed';
    case 'date-corrected':
      return `Date corrected from ${span(change.from)} to ${span(change.to)}`;
    case 'title-changed':
      return 'Headline changed';
    case 'summary-changed':
      return 'Summary changed';
    case 'source-added':
      return `${change.sources.length === 1 ? 'Source' : 'Sources'} added: ${names(change.sources)}`;
    case 'source-removed':
      return `${change.sources.length === 1 ? 'Source' : 'Sources'} removed: ${names(change.sources)}`;
    case 'citations-changed':
      return 'Quotes changed';
    case 'details-changed':
      return 'Details changed (tags, actors, places or flags)';
    case 'reviewed':
      return 'Reviewed by an editor';
  }
}
