import { pad } from './calendar.ts';
import { yearOfPeriod } from './periods.ts';
import { tenseAround } from './tense.ts';
import type { Candidate, Day } from './types.ts';

/*
 * Seasons follow the meteorological (northern-hemisphere) calendar: spring is March–May, summer
 * June–August, autumn September–November and winter December–February. TIMEX3 "2025-WI" is the winter
 * that begins in December 2025.
 */
const seasons: Record<string, { code: string; first: number }> = {
  spring: { code: 'SP', first: 3 },
  summer: { code: 'SU', first: 6 },
  autumn: { code: 'FA', first: 9 },
  fall: { code: 'FA', first: 9 },
  winter: { code: 'WI', first: 12 },
};

/** Seasons: "summer 2025", "last winter", "the autumn of 2008", "spring" (resolved by tense like a bare month). */
export function findSeasons(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  const pattern =
    /\b(?:(last|next|this|past|coming)\s+)?(spring|summer|autumn|fall|winter)\b(?:(?:\s+of)?\s+(\d{4})\b)?/gi;
  for (const m of text.matchAll(pattern)) {
    const [whole, modifier, name = '', year] = m;
    const season = seasons[name.toLowerCase()];
    // "fall" is far more often a verb or a drop in prices than the season.
    if (!season || (season.code === 'FA' && name.toLowerCase() === 'fall' && !modifier && !year)) continue;
    const start = m.index;
    const end = start + whole.length;
    const { code, first } = season;
    found.push({
      start,
      end,
      type: 'DATE',
      resolve: () => {
        if (year) return `${year}-${code}`;
        const last = first + 2;
        const which = modifier?.toLowerCase();
        const now = reference.year * 12 + reference.month - 1;
        let y: number;
        if (which === 'last' || which === 'past') {
          y = yearOfPeriod(first, last, reference, 'past');
          // "last winter" said during a winter means the previous one.
          if (y * 12 + last - 1 >= now) y -= 1;
        } else if (which === 'next' || which === 'coming') {
          y = yearOfPeriod(first, last, reference, 'future');
          if (y * 12 + first - 1 <= now) y += 1;
        } else if (which === 'this') {
          y = yearOfPeriod(first, last, reference, 'future');
        } else {
          y = yearOfPeriod(first, last, reference, tenseAround(text, start, end) === 'future' ? 'future' : 'past');
        }
        return `${pad(y, 4)}-${code}`;
      },
    });
  }
  return found;
}
