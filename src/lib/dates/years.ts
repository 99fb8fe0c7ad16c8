import type { Candidate, Day } from './types.ts';
import { monthPattern } from './lexicon.ts';
import { clockContext } from './clock-times.ts';

/*
 * A four-digit number is a year only where the text uses it as one. Words around it can make it a
 * quantity: money ("$2008"), part of a larger number ("2,008", "2008.5"), a percentage, a count of
 * things ("2000 jobs") or a model name ("Russell 2000 Index"); or a clock time: a live page's stamp
 * at the start of a line ("1245 Wyclef tweets"), "at 1653 local time", "0735 GMT". What is left is
 * a year when its context says so ("in 1993", "since 2004", "1944–45", "the 2008 hurricanes",
 * "December 2024") or, with no context at all, when it lies within a lifetime of the publication
 * year: "1202" in a story of 2010 is a time stamp, not the Middle Ages.
 */

const yearPattern = /(?<![\w$€£¥#.,'’])(1[2-9]\d\d|20\d\d|21\d\d)(?![\w%]|[.,]\d|\s*(?:percent|per cent))/g;
const moneyOrNumber =
  /(?:US\$|\$|€|£|¥|\bNo\.|\bnumber|\bFlight|\bflight|\bRoute|\broute|\bmodel|\bModel|\bversion)\s*$/;
const countedNoun =
  /^\s+(?:points?|jobs?|people|employees|workers|staff|units?|cars?|vehicles?|trucks?|planes?|aircraft|jets?|dealers?|dealerships?|stores?|shares?|barrels?|tons?|tonnes?|miles?|km|kilometres?|kilometers?|metres?|meters?|feet|ft|pounds?|dollars?|euros?|yen|members?|passengers?|seats?|positions?|plants?|locations?|copies|songs|votes?|times|hours?|minutes?|days?|weeks?|months?|years?|m|kg|lb|mph|residents|soldiers|troops|deaths|dead|cases|homes|houses|families|children|students)\b/i;
const capitalised = /\b[A-Z][A-Za-z]*\s$/;
const sentenceStart = /(?:^|\n|[.!?]\s)\S*\s$/;
// Words before a number that make it a year: a preposition of time, a season, a month, another year.
const yearBefore = new RegExp(
  String.raw`(?:\b(?:in|since|from|until|till|to|by|before|after|during|of|between|through|throughout|circa|c\.|around|early|late|mid|and|or|than|the|year|fiscal|spring|summer|autumn|fall|winter|season|class|born|died|dated|founded|established|elected|re-elected)|\b(?:${monthPattern})(?:\s+\d{1,2},?)?|\b\d{4}(?:\s*,|\s+and|\s+or|\s*[-–/]))\s*[-–(]?\s*$`,
  'i',
);
// Words after it: a range ("1944–45", "2015/2016", "1944 to 1945"), a possessive, a closing bracket.
const yearAfter = /^(?:\s*(?:[-–—/]|to\b|and\b)\s*\d{2,4}\b|['’]s\b|\))/;
/** How far back from the publication year a number with no context at all still reads as a year. */
const lifetime = 100;

/** Bare years: "in 1944", "since 2016", "the 1991 agreement", "WWDC 2005". */
export function findYears(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(yearPattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 24);
    if (moneyOrNumber.test(before) || countedNoun.test(after)) continue;
    // A hyphen ties the number to a model name ("A330-2000") unless it follows "mid" or another year ("2009-2011").
    if (/\w[-–]$/.test(before) && !/(?:\bmid|\b\d{4})[-–]$/i.test(before)) continue;
    // "Russell 2000 Index", "Windows 2000 Server": a number inside a capitalised name.
    if (capitalised.test(before) && !sentenceStart.test(before) && /^\s[A-Z][a-z]/.test(after)) continue;
    if (clockContext(text, start, end)) continue;
    const year = Number(m[0]);
    const context = yearBefore.test(before) || yearAfter.test(after);
    if (!context && (year < reference.year - lifetime || year > reference.year + 10)) continue;
    const value = m[0];
    found.push({ start, end, type: 'DATE', resolve: () => value });
  }
  return found;
}

/** Century digits for a two-digit year or decade: 20 when that reading has begun by the reference year, else 19. */
function centuryFor(twoDigits: number, reference: Day): number {
  return 2000 + twoDigits <= reference.year ? 20 : 19;
}

/**
 * Decades: "1990s" → TIMEX3 "199"; "the 70s", "'80s" → "197", "198". Two-digit decades need "the", an
 * apostrophe or a preceding decade ("the 70s and 80s") so that ages ("in their 40s") are left alone.
 */
export function findDecades(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(/(?<![\w$.,'’])(\d\d\d)0s\b/g)) {
    const value = m[1] ?? '';
    found.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', resolve: () => value });
  }
  for (const m of text.matchAll(/(?<![\w$.,])(['’])?(\d)0s\b/g)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (!m[1] && !/\bthe\s$|\d0s\s*(?:and|or|to|through|-|–)\s*$/i.test(before)) continue;
    const tens = Number(m[2]);
    const value = `${centuryFor(tens * 10, reference)}${tens}`;
    found.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', resolve: () => value });
  }
  return found;
}

/** Abbreviated years after a preposition: "since '82" → 1982. */
export function findShortYears(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(
    /\b(?:since|in|of|from|until|till|by|before|after|to|and)\s+(['’](\d\d))(?![\w'’])/gi,
  )) {
    const [whole, span = '', digits = ''] = m;
    const start = m.index + whole.length - span.length;
    const value = `${centuryFor(Number(digits), reference)}${digits}`;
    found.push({ start, end: start + span.length, type: 'DATE', resolve: () => value });
  }
  return found;
}
