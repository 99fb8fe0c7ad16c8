import { parseDay } from './calendar.ts';
import { findAnaphora } from './anaphora.ts';
import { findClockTimes } from './clock-times.ts';
import { findDurations, findSets, findVagueDurations } from './durations.ts';
import { findExplicit } from './explicit.ts';
import { selectSpans } from './merge.ts';
import { applyModifiers } from './modifiers.ts';
import { findMonths } from './months.ts';
import { findHalves, findQuarters } from './quarters.ts';
import { findReferences } from './references.ts';
import { findAgo, findDeictic, findRelativeUnits } from './relative.ts';
import { findSeasons } from './seasons.ts';
import type { Anchor, Candidate, Day, Timex } from './types.ts';
import { findWeekdays } from './weekdays.ts';
import { findDecades, findShortYears, findYears } from './years.ts';

/** Every rule's candidates, most trusted first (ties between equally long spans go to the earlier rule). */
function candidates(text: string, reference: Day): Candidate[] {
  return [
    ...findExplicit(text, reference),
    ...findClockTimes(text),
    ...findQuarters(text, reference),
    ...findHalves(text, reference),
    ...findAgo(text, reference),
    ...findDeictic(text, reference),
    ...findRelativeUnits(text, reference),
    ...findAnaphora(text),
    ...findWeekdays(text, reference),
    ...findMonths(text, reference),
    ...findSeasons(text, reference),
    ...findYears(text, reference),
    ...findDecades(text, reference),
    ...findShortYears(text, reference),
    ...findSets(text),
    ...findDurations(text),
    ...findVagueDurations(text),
    ...findReferences(text),
  ];
}

const dayValue = /^(\d{4})-(\d\d)-(\d\d)(?:T|$)/;
const absoluteDate = /^\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI|W\d\d))?/;

/** The anchor after a resolved DATE or TIME: later anaphora ("the day") point back at it. */
function advance(anchor: Anchor, value: string): Anchor {
  const date = absoluteDate.exec(value)?.[0];
  if (date === undefined) return anchor;
  const dayMatch = dayValue.exec(value);
  const day = dayMatch ? parseDay(`${dayMatch[1]}-${dayMatch[2]}-${dayMatch[3]}`) : null;
  return { ...anchor, lastDate: date, lastDay: day ?? anchor.lastDay };
}

/**
 * Finds the temporal expressions in `text` and normalises them to TIMEX3 values, resolving relative
 * ones against `reference` (the publication date, `YYYY-MM-DD`). Offsets index `text` exactly.
 */
export function tagDates(text: string, reference: string): Timex[] {
  const day = parseDay(reference);
  if (!day) throw new RangeError(`reference must be a calendar date YYYY-MM-DD, got ${JSON.stringify(reference)}`);
  const chosen = selectSpans(applyModifiers(text, candidates(text, day)));
  const timexes: Timex[] = [];
  let anchor: Anchor = { reference: day, lastDay: undefined, lastDate: undefined };
  for (const c of chosen) {
    const value = c.resolve(anchor);
    if (value === null) continue;
    const timex: Timex = { start: c.start, end: c.end, text: text.slice(c.start, c.end), value, type: c.type };
    if (c.approximate) timex.approximate = true;
    timexes.push(timex);
    if (c.type === 'DATE' || c.type === 'TIME') anchor = advance(anchor, value);
  }
  return timexes;
}
