import { addDays, formatDay, pad } from './calendar.ts';
import type { Anchor, Candidate, TimexType } from './types.ts';
import { partOfDay } from './weekdays.ts';

/*
 * Expressions whose date is the one the text was just talking about: "the day", "the same day",
 * "the previous year", "the same period last year". They resolve against the latest date mentioned
 * before them (TIMEX3's "anchor"), falling back to the reference date when nothing came earlier.
 */

/** The day being talked about — the last one named, else the reference date — for "the day", "in morning trading", "at 18:00 UTC". */
export function lastDayOrReference(anchor: Anchor): string {
  return formatDay(anchor.lastDay ?? anchor.reference);
}

/** Year of the last date mentioned, else of the reference date. */
function yearOf(anchor: Anchor): number {
  const year = anchor.lastDate ? Number(anchor.lastDate.slice(0, 4)) : Number.NaN;
  return Number.isNaN(year) ? anchor.reference.year : year;
}

/**
 * `value` one year back at the granularity `unit` names ("period" keeps the value's own):
 * ("2010-02", "period") → "2009-02", ("2009-10-16", "quarter") → "2008-Q4".
 */
export function yearEarlier(value: string, unit: string): string | null {
  const m = /^(\d{4})(?:-(\d\d)(-\d\d)?|(-(?:Q[1-4]|H[12]|SP|SU|FA|WI|W\d\d)))?$/.exec(value);
  if (!m) return null;
  const year = pad(Number(m[1]) - 1, 4);
  const month = m[2];
  if (unit === 'month') return month ? `${year}-${month}` : null;
  if (unit === 'quarter')
    return month ? `${year}-Q${Math.ceil(Number(month) / 3)}` : m[4]?.startsWith('-Q') ? `${year}${m[4]}` : null;
  const shifted = `${year}${month ? `-${month}${m[3] ?? ''}` : (m[4] ?? '')}`;
  // 29 February has no counterpart a year earlier; the last day of February stands in.
  return shifted.endsWith('-02-29') ? shifted.replace(/29$/, '28') : shifted;
}

const rules: [RegExp, (anchor: Anchor, match: RegExpMatchArray) => string | null][] = [
  // "the day" — not "the day after the vote", "the day of …", "the day when …", "the day the deal was
  // announced" (those name another day); "the day after falling" is still the day being talked about.
  [
    /\b(?:the|that)\s+(?:same\s+)?day\b(?!\s+(?:(?:after|before)(?!\s+\w+ing\b)|of|when|that|on\s+which|in\s+which|to\s+day|the|a|an|it|he|she|they|we|I|his|her|its|their)\b|-)/gi,
    lastDayOrReference,
  ],
  [
    /\b(?:the\s+(?:following|next)\s+day|the\s+day\s+after)\b(?=\s*[,.;])/gi,
    (a) => formatDay(addDays(a.lastDay ?? a.reference, 1)),
  ],
  [
    /\b(?:the\s+(?:previous|preceding|prior)\s+day|the\s+day\s+before)\b(?=\s*[,.;])/gi,
    (a) => formatDay(addDays(a.lastDay ?? a.reference, -1)),
  ],
  [
    /\bthe\s+same\s+(period|month|quarter|time|season)\s+(?:(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before))\b/gi,
    (a, m) => (a.lastDate ? yearEarlier(a.lastDate, (m[1] ?? '').toLowerCase()) : null),
  ],
  [
    /\bthe\s+(?:previous|preceding|prior)\s+year\b|\bthe\s+year\s+(?:before|previous)\b(?=\s*[,.;])/gi,
    (a) => pad(yearOf(a) - 1, 4),
  ],
  [/\bthe\s+following\s+year\b/gi, (a) => pad(yearOf(a) + 1, 4)],
  [/\bthe\s+(?:entire|whole|full)\s+year\b/gi, (a) => pad(yearOf(a), 4)],
];
/** Rules whose match includes a leading word that stays outside the span (captured group 1 is the span). */
const leadRules: [RegExp, TimexType, (anchor: Anchor, match: RegExpMatchArray) => string | null][] = [
  [/\b(?:by|at|until|since|before|after)\s+(that\s+time)\b/gi, 'DATE', (a) => a.lastDate ?? null],
  // "in morning trading", "late in the afternoon": the part of the day of the day being talked about.
  [
    /\b(?:in|during|by|early|late|mid|that|this)\s+((?:the\s+)?(morning|afternoon|evening))\b/gi,
    'TIME',
    (a, m) => `${lastDayOrReference(a)}T${partOfDay[(m[2] ?? '').toLowerCase()]}`,
  ],
];

/** Dates that point back at the last date mentioned: "the day", "the same day", "the previous year", "by that time". */
export function findAnaphora(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [pattern, resolve] of rules) {
    for (const m of text.matchAll(pattern)) {
      found.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', resolve: (anchor) => resolve(anchor, m) });
    }
  }
  for (const [pattern, type, resolve] of leadRules) {
    for (const m of text.matchAll(pattern)) {
      const span = m[1] ?? '';
      const start = m.index + m[0].length - span.length;
      found.push({ start, end: start + span.length, type, resolve: (anchor) => resolve(anchor, m) });
    }
  }
  return found;
}
