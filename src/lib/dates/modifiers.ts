import type { Candidate } from './types.ts';

/*
 * Fuzzy modifiers ("late 2024", "early June", "mid-2011", "the end of this year", "earlier today") keep
 * the value of the period they modify — TIMEX3 records the nuance in its MOD attribute, which we
 * reduce to `approximate: true` — and widen the span to include the modifier, as annotators do.
 */
const modifier =
  /(?:\b(?:very\s+)?(?:early|late|earlier|later)(?:\s+in)?\s+|\bmid-?\s*|\b(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|rest|remainder|bulk)\s+of\s+)$/i;

/** Extends DATE and TIME candidates leftwards over a fuzzy modifier and marks them approximate. */
export function applyModifiers(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((candidate) => {
    if (candidate.type !== 'DATE' && candidate.type !== 'TIME') return candidate;
    const m = modifier.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start));
    if (!m) return candidate;
    return { ...candidate, start: candidate.start - m[0].length, approximate: true };
  });
}
