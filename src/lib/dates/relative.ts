import { addDays, formatDay, formatMonth, formatWeek, pad, quarterOf } from './calendar.ts';
import { parseNumber, numberPattern, unitLetter, vagueCountPattern } from './lexicon.ts';
import { tenseAround } from './tense.ts';
import type { Candidate, Day } from './types.ts';
import { partOfDay, resolveWeekday } from './weekdays.ts';

/** Dates named relative to the reference day: "today", "yesterday", "tonight", "this morning", "last night". */
export function findDeictic(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  const pattern =
    /\b(?:(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(this|last)\s+(morning|afternoon|evening|night))\b/gi;
  for (const m of text.matchAll(pattern)) {
    const [whole, word, part, deictic, deicticPart] = m;
    const lower = (word ?? deictic ?? '').toLowerCase();
    const offset = lower === 'yesterday' || lower === 'last' ? -1 : lower === 'tomorrow' ? 1 : 0;
    const day = formatDay(addDays(reference, offset));
    const partWord = (part ?? deicticPart ?? (lower === 'tonight' ? 'tonight' : '')).toLowerCase();
    const suffix = partWord ? `T${partOfDay[partWord]}` : '';
    // TIMEX3 files "this morning" as a DATE with a part-of-day suffix, but "Friday morning" as TIME; we keep that split.
    const type = partWord && !deictic ? 'TIME' : 'DATE';
    found.push({ start: m.index, end: m.index + whole.length, type, resolve: () => `${day}${suffix}` });
  }
  return found;
}

/** "this week", "last month", "next year", "(this|the) weekend", "the last quarter", "last decade", "(the end of) the year". */
export function findRelativeUnits(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  // "the past year" is a duration (findVagueDurations); only "this past week" names a date. A bare "the"
  // counts before "weekend" and after "the end of" ("the end of the year").
  const pattern =
    /\b(?:(?:the\s+)?(last)|this\s+(past)|(this|next)|the(?=\s+weekend)|(?<=\b(?:beginning|start|end|middle|rest|remainder|close|turn)\s+of\s+)the)\s+(week|weekend|month|quarter|year|decade|century)\b(?![-–]\w)/gi;
  for (const m of text.matchAll(pattern)) {
    const [whole, last, past, other, unitWord = ''] = m;
    const step = last || past ? -1 : other?.toLowerCase() === 'next' ? 1 : 0;
    const start = m.index;
    const end = start + whole.length;
    const unit = unitWord.toLowerCase();
    found.push({
      start,
      end,
      type: 'DATE',
      resolve: () => shiftUnit(unit, step, reference, tenseAround(text, start, end) === 'future'),
    });
  }
  return found;
}

/** TIMEX3 value of the `unit` period `step` periods away from the reference (0 = the current one). */
export function shiftUnit(unit: string, step: number, reference: Day, future: boolean): string {
  switch (unit) {
    case 'week':
      return formatWeek(addDays(reference, 7 * step));
    case 'weekend': {
      // "this weekend" is the one just gone in past-tense copy and the coming one otherwise.
      const day =
        step === 0
          ? resolveWeekday(6, reference, future ? 'on-or-after' : 'on-or-before')
          : addDays(reference, 7 * step);
      return `${formatWeek(day)}-WE`;
    }
    case 'month':
      return formatMonth(reference.year, reference.month + step);
    case 'quarter': {
      const index = reference.year * 4 + quarterOf(reference.month) - 1 + step;
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    }
    case 'decade':
      return pad(Math.floor(reference.year / 10) + step, 3);
    case 'century':
      return pad(Math.floor(reference.year / 100) + step, 2);
    default:
      return pad(reference.year + step, 4);
  }
}

/** "two years ago", "a week ago", "five days from now"; vague counts ("years ago") are PAST_REF. */
export function findAgo(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  const pattern = new RegExp(
    `(?:\\b(?:(${numberPattern})|(${vagueCountPattern}))\\s+)?\\b(days?|weeks?|months?|years?|decades?)\\s+(ago|from\\s+now)\\b`,
    'gi',
  );
  for (const m of text.matchAll(pattern)) {
    const [whole, count, , unitWord = '', direction = ''] = m;
    const start = m.index;
    const end = start + whole.length;
    const sign = direction.toLowerCase() === 'ago' ? -1 : 1;
    const n = count === undefined ? undefined : parseNumber(count);
    // Without a whole count ("years ago", "several months ago", "1.5 years ago") only the direction is known.
    if (n === undefined || !Number.isInteger(n)) {
      found.push({
        start,
        end,
        type: 'DATE',
        approximate: true,
        resolve: () => (sign < 0 ? 'PAST_REF' : 'FUTURE_REF'),
      });
      continue;
    }
    const letter = unitLetter(unitWord);
    found.push({
      start,
      end,
      type: 'DATE',
      resolve: () => {
        switch (letter) {
          case 'D':
            return formatDay(addDays(reference, sign * n));
          case 'W':
            return formatDay(addDays(reference, sign * 7 * n));
          case 'M':
            return formatMonth(reference.year, reference.month + sign * n);
          case 'DE':
            return pad(reference.year + sign * 10 * n, 4);
          default:
            return pad(reference.year + sign * n, 4);
        }
      },
    });
  }
  return found;
}
