import { pad } from './calendar.ts';
import { yearOfPeriod } from './periods.ts';
import { tenseAround } from './tense.ts';
import type { Candidate, Day } from './types.ts';

const ordinals: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};
/** The year a quarter or half belongs to: "of 2009", "in fiscal 2009", "of last year", or a bare "2006" ("fourth-quarter 2006 growth"). */
const yearOf =
  '(?:\\s+(?:(?:of|in)\\s+)?(?:(?:fiscal\\s+)?(\\d{4})\\b|(this|last|next|the)\\s+(?:fiscal\\s+)?year\\b))?';

function explicitYear(year: string | undefined, relative: string | undefined, reference: Day): number | undefined {
  if (year) return Number(year);
  if (!relative) return undefined;
  return reference.year + ({ last: -1, next: 1 }[relative.toLowerCase()] ?? 0);
}

/** Quarters: "the fourth quarter of 2024", "third-quarter", "Q3 2009", "2009-Q3", "the first quarter of last year". */
export function findQuarters(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  const spelled = new RegExp(
    `\\b(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]quarter\\b${yearOf}`,
    'gi',
  );
  for (const m of text.matchAll(spelled)) {
    const [whole, ordinal = '', year, relative] = m;
    const start = m.index;
    const end = start + whole.length;
    const lower = ordinal.toLowerCase();
    const given = explicitYear(year, relative, reference);
    // "the last quarter" on its own is the previous quarter, left to the relative-unit rule.
    if (lower === 'last' && given === undefined) continue;
    const q = ordinals[lower] ?? 1;
    found.push({
      start,
      end,
      type: 'DATE',
      resolve: () => {
        const y = given ?? yearOfPeriod(q * 3 - 2, q * 3, reference, tenseAround(text, start, end));
        return `${pad(y, 4)}-Q${q}`;
      },
    });
  }
  const coded = /\b(?:Q([1-4])(?:\s*(?:['’](\d\d)|(\d{4})))?|(\d{4})[-\s]Q([1-4]))\b/g;
  for (const m of text.matchAll(coded)) {
    const [whole, q1, shortYear, longYear, leadYear, q2] = m;
    const q = Number(q1 ?? q2);
    const start = m.index;
    const end = start + whole.length;
    found.push({
      start,
      end,
      type: 'DATE',
      resolve: () => {
        const y = leadYear ?? longYear ?? (shortYear ? `20${shortYear}` : undefined);
        const year = y ? Number(y) : yearOfPeriod(q * 3 - 2, q * 3, reference, tenseAround(text, start, end));
        return `${pad(year, 4)}-Q${q}`;
      },
    });
  }
  return found;
}

/** Halves: "the first half of 2009" → 2009-H1, "the second half of this year". */
export function findHalves(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  const pattern = new RegExp(`\\b(?:the\\s+)?(first|second)\\s+half${yearOf}`, 'gi');
  for (const m of text.matchAll(pattern)) {
    const [whole, ordinal = '', year, relative] = m;
    const given = explicitYear(year, relative, reference);
    if (given === undefined) continue;
    const h = ordinal.toLowerCase() === 'first' ? 1 : 2;
    found.push({ start: m.index, end: m.index + whole.length, type: 'DATE', resolve: () => `${pad(given, 4)}-H${h}` });
  }
  return found;
}
