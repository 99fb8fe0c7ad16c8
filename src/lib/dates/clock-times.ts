import { lastDayOrReference } from './anaphora.ts';
import type { Candidate } from './types.ts';

/** Four-digit 24-hour times with a zone, as wire copy writes them: "0800 UTC", "1430 GMT". */
export function findMilitaryTimes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(/(?<![\d.,:])([01]\d|2[0-3])([0-5]\d)\s*(?:UTC|GMT|Z)\b/g)) {
    const start = m.index;
    const clock = `${m[1]}:${m[2]}`;
    found.push({ start, end: start + m[0].length, type: 'TIME', resolve: (anchor) => `${lastDayOrReference(anchor)}T${clock}Z` });
  }
  return found;
}
