import { formatMonth } from './calendar.ts';
import { monthNumber, monthPattern } from './lexicon.ts';
import { tenseAround } from './tense.ts';
import { yearOfPeriod } from './periods.ts';
import type { Candidate, Day } from './types.ts';

// Month names must be capitalised ("may", "march" are verbs); the modifier may open a sentence.
const pattern = new RegExp(
  `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+)?(${monthPattern})\\b(?:(?:\\s+of|,)?\\s+(\\d{4})\\b(?![-/]\\d))?`,
  'g',
);
/** "October of next year": the year phrase stays its own expression but fixes the month's year. */
const ofYear = /^\s+of\s+(last|this|next)\s+year\b/;
/** Words after which a capitalised month name is surely a month, not a person ("June Carter") or a verb ("May"). */
const temporalLead =
  /\b(?:in|since|by|until|till|through|from|to|during|of|last|next|this|early|late|mid|before|after|and|or|between|around|for|throughout|as)\s*-?$/i;

/** Month mentions without a day: "October", "last October", "October 2007", "October of next year". */
export function findMonths(text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const [whole, rawModifier, name = '', year] = m;
    const modifier = rawModifier?.toLowerCase();
    const start = m.index;
    const end = start + whole.length;
    const month = monthNumber(name);
    if (!modifier && !year && !looksLikeMonth(text, start, end, name)) continue;
    const yearPhrase = ofYear.exec(text.slice(end))?.[1];
    found.push({
      start,
      end,
      type: 'DATE',
      resolve: () => {
        if (year) return formatMonth(Number(year), month);
        if (yearPhrase) return formatMonth(reference.year + ({ last: -1, this: 0, next: 1 }[yearPhrase] ?? 0), month);
        if (modifier === 'last' || modifier === 'past') {
          return formatMonth(month < reference.month ? reference.year : reference.year - 1, month);
        }
        if (modifier === 'next' || modifier === 'coming') {
          return formatMonth(month > reference.month ? reference.year : reference.year + 1, month);
        }
        if (modifier === 'this') return formatMonth(reference.year, month);
        // News copy is past tense by default: a bare "October" is the latest one.
        const tense = tenseAround(text, start, end) === 'future' ? 'future' : 'past';
        return formatMonth(yearOfPeriod(month, month, reference, tense), month);
      },
    });
  }
  return found;
}

function looksLikeMonth(text: string, start: number, end: number, name: string): boolean {
  if (temporalLead.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (name === 'May') return false;
  // Otherwise accept it unless a capitalised word follows or precedes it, as in a person's name.
  const next = /^\s*(\S)/.exec(text.slice(end))?.[1] ?? '';
  const prev = /(\S+)\s*$/.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? '';
  return !/[A-Z]/.test(next) && !/^[A-Z][a-z]/.test(prev);
}
