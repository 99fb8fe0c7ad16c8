import { addDays, formatDay, weekday } from './calendar.ts';
import { weekdayNumber, weekdayPattern } from './lexicon.ts';
import { tenseAround } from './tense.ts';
import type { Candidate, Day } from './types.ts';

/** Which occurrence of a weekday is meant relative to the reference date. */
export type WeekdayDirection = 'on-or-before' | 'on-or-after' | 'before' | 'after';

/** The date of weekday `target` (0 = Sunday) nearest the reference in the given direction. */
export function resolveWeekday(target: number, reference: Day, direction: WeekdayDirection): Day {
  const back = (weekday(reference) - target + 7) % 7;
  const ahead = (target - weekday(reference) + 7) % 7;
  switch (direction) {
    case 'on-or-before':
      return addDays(reference, -back);
    case 'on-or-after':
      return addDays(reference, ahead);
    case 'before':
      return addDays(reference, -(back || 7));
    case 'after':
      return addDays(reference, ahead || 7);
  }
}

/** TIMEX3 part-of-day suffixes. */
export const partOfDay: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  overnight: 'NI',
};

// Named days whose weekday word must not be read as "the most recent Monday".
const namedDay = /\b(?:Black|Cyber|Good|Super|Ash|Holy|Maundy|Easter|Palm|Bloody|Blue|Shrove|Fat|Giving)\s$/;
const pattern = new RegExp(
  `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?(${weekdayPattern})(s)?\\b(?:\\s+(morning|afternoon|evening|night))?`,
  'g',
);

/** Weekday mentions: "Monday", "last Friday", "Thursday night"; past-tense clauses take the latest one, future ones the next. */
export function findWeekdays(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const [whole, modifier, name = '', plural, part] = m;
    if (namedDay.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const start = m.index;
    const end = start + whole.length;
    const target = weekdayNumber(name);
    if (plural) {
      if (modifier || part) continue;
      found.push({ start, end, type: 'SET', resolve: () => `XXXX-WXX-${target === 0 ? 7 : target}` });
      continue;
    }
    found.push({
      start,
      end,
      type: part ? 'TIME' : 'DATE',
      resolve: () => {
        const direction = directionFor(modifier?.toLowerCase(), text, start, end);
        const day = formatDay(resolveWeekday(target, reference, direction));
        return part ? `${day}T${partOfDay[part]}` : day;
      },
    });
  }
  return found;
}

/** Direction for a weekday given its modifier word, or the clause's tense when there is none. */
export function directionFor(modifier: string | undefined, text: string, start: number, end: number): WeekdayDirection {
  if (modifier === 'last' || modifier === 'past') return 'before';
  if (modifier === 'next' || modifier === 'coming') return 'after';
  return tenseAround(text, start, end) === 'future' ? 'on-or-after' : 'on-or-before';
}
