import { isClockUnit, numberPattern, parseNumber, unitLetter, unitPattern, vagueCountPattern } from './lexicon.ts';
import type { Candidate } from './types.ts';

/*
 * Durations follow TIMEX3: "two years" → P2Y, "27-year" → P27Y, "12-hour" → PT12H, "several years" → PXY.
 * Counted decades and centuries become years (P10Y, P200Y) so that they compare with other durations;
 * an uncounted "decades" keeps the decade unit (PXDE), as years would lose its magnitude.
 */

const approximators =
  'nearly|almost|about|around|approximately|roughly|over|under|more than|less than|at least|up to|some';
const measureWords = 'trading|business|working|straight|consecutive|full|calendar|fiscal|long|short';

/** TIMEX3 duration value for `count` (undefined = unspecified) of the unit word. */
export function durationValue(count: number | undefined, unitWord: string): string | undefined {
  const letter = unitLetter(unitWord);
  if (letter === undefined) return undefined;
  if (count === undefined) return `P${isClockUnit(letter, unitWord) ? 'T' : ''}X${letter}`;
  if (letter === 'DE') return `P${count * 10}Y`;
  if (letter === 'CE') return `P${count * 100}Y`;
  return isClockUnit(letter, unitWord) ? `PT${count}${letter}` : `P${count}${letter}`;
}

const counted = new RegExp(
  `\\b(?:(the\\s+(?:past|next|coming|following|first|final|previous|last)\\s+)|(${approximators})\\s+)?` +
    `(?:(${numberPattern})(\\s+and\\s+a\\s+half)?|(${vagueCountPattern}))[\\s-]+(?:(?:${measureWords})\\s+)?` +
    `(${unitPattern})\\b(\\s+and\\s+a\\s+half\\b)?(?:-long\\b)?`,
  'gi',
);
const rate = /(?:\d|\btimes|\bonce|\btwice)\s*$/i;

/** Counted durations: "two years", "the past nine days", "nearly five months", "a 27-year contract", "several years". */
export function findDurations(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(counted)) {
    const [whole, the, approximator, count = '', innerHalf, vague, unitWord = '', outerHalf] = m;
    // "15 a year" and "twice a day" are frequencies, found by findSets.
    if (!the && !approximator && /^an?$/i.test(count) && rate.test(text.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    // "a second A380", "about a quarter of its dealers": an ordinal and a fraction, not durations.
    if (/^an?$/i.test(count) && /^(?:second|quarter)$/i.test(unitWord)) continue;
    // "a decades-long dispute": the article belongs to the noun the adjective modifies.
    if (/^(?:an?|one|single)$/i.test(count) && /s$/i.test(unitWord)) continue;
    const parsed = vague ? undefined : parseNumber(count + (innerHalf ?? '') + (outerHalf ? ' and a half' : ''));
    if (!vague && parsed === undefined) continue;
    const value = durationValue(parsed, unitWord);
    if (value === undefined) continue;
    const approximate = vague !== undefined || approximator !== undefined;
    found.push({ start: m.index, end: m.index + whole.length, type: 'DURATION', approximate, resolve: () => value });
  }
  return found;
}

/** "the past year", "the next month", "over the years", "in years", "decades-long", "weeks after". */
export function findVagueDurations(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(/\bthe\s+(?:past|next|coming)\s+(year|month|week|decade|century|quarter|day)\b/gi)) {
    const value = durationValue(1, m[1] ?? '');
    if (value) found.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', resolve: () => value });
  }
  // A bare plural unit is a duration in a few frames only, as "days" and "minutes" are also plain nouns:
  // "over the years"; before "after", "later" ("weeks after the vote"); "decades" anywhere; after "in",
  // "for" ("its highest level in years").
  const bare =
    /\b(?:over\s+the\s+(years|decades)|(years|decades|months|weeks|days|hours|minutes)(?=\s+(?:ago|after|later|before|earlier|of|in)\b)|(decades)(?:-long|-old)?|(?<=\b(?:in|for|within|over|after|of)\s+)(years|months|weeks|days|hours|minutes))\b/gi;
  for (const m of text.matchAll(bare)) {
    const unitWord = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    // "years ago" is a vague past date, found by findAgo.
    if (/^\s+ago\b/i.test(text.slice(m.index + m[0].length))) continue;
    const value = durationValue(undefined, unitWord);
    if (value)
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'DURATION',
        approximate: true,
        resolve: () => value,
      });
  }
  return found;
}

const frequencies: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  fortnightly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P3M',
  annual: 'P1Y',
  annually: 'P1Y',
  yearly: 'P1Y',
};

/** Frequencies (TIMEX3 SET): "annual", "weekly", "every year", "twice a day", "15 a year", "per month". */
export function findSets(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(new RegExp(`\\b(?:${Object.keys(frequencies).join('|')})\\b(?![-–])`, 'gi'))) {
    // "The Daily Telegraph", "China Daily": capitalised inside a name.
    if (/^[A-Z]/.test(m[0]) && /[A-Za-z]\s+$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const value = frequencies[m[0].toLowerCase()] ?? 'P1Y';
    found.push({ start: m.index, end: m.index + m[0].length, type: 'SET', resolve: () => value });
  }
  const every = new RegExp(
    `\\b(?:every|each|per)\\s+(?:(${numberPattern})\\s+)?(${unitPattern})\\b|\\b(?:an?)\\s+(${unitPattern})\\b`,
    'gi',
  );
  for (const m of text.matchAll(every)) {
    const [whole, count, unitWord, rateUnit] = m;
    if (rateUnit !== undefined && !rate.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const value = durationValue(count === undefined ? 1 : parseNumber(count), unitWord ?? rateUnit ?? '');
    if (value) found.push({ start: m.index, end: m.index + whole.length, type: 'SET', resolve: () => value });
  }
  return found;
}
