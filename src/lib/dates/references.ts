import type { Candidate } from './types.ts';

/*
 * TIMEX3 gives vague references to the present, past and future the values PRESENT_REF, PAST_REF and
 * FUTURE_REF. Each phrase below is what annotators mark; surrounding prepositions ("for", "in") stay out.
 */
const phrases: [RegExp, string][] = [
  [/\b(?:right\s+)?now\b(?![-–])(?<![-–]now)/gi, 'PRESENT_REF'],
  [/\b(?:currently|presently|nowadays|these days|at present|at the moment|the time being|to date)\b/gi, 'PRESENT_REF'],
  [/\b(?:more\s+)?(?:recently|lately)\b/gi, 'PAST_REF'],
  [/\brecent(?:\s+(?:years|months|weeks|days|times))?\b(?![-–])/gi, 'PAST_REF'],
  [/\bthe past\b/gi, 'PAST_REF'],
  [/\bthe\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future\b/gi, 'FUTURE_REF'],
  [/\bthe\s+(?:near|short|long|medium|longer)\s+term\b/gi, 'FUTURE_REF'],
  [/\b(?:very\s+|too\s+)?soon\b(?![-–])(?<!\bas\s+soon)(?!\s+as\b|\s+after\b)/gi, 'FUTURE_REF'],
  // A "later" after a duration ("two days later") belongs to that duration.
  [/(?<!\b(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\s+)\blater\b(?!\s+than\b)/gi, 'FUTURE_REF'],
  [/\bthe\s+coming\s+(?:days|weeks|months|years)\b/gi, 'FUTURE_REF'],
];

/** Vague references to the present, past and future: "now", "currently", "recently", "the future", "soon". */
export function findReferences(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [pattern, value] of phrases) {
    for (const m of text.matchAll(pattern)) {
      found.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', resolve: () => value });
    }
  }
  return found;
}
