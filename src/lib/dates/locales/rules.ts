import { sentenceBounds } from '../sentences.ts';
import type { Anchor, Candidate, Day, Tense, TimexType } from '../types.ts';

/*
 * The building blocks of the non-English date rules. A language is a table of rules: a regular
 * expression (its named group `t`, when present, is the expression, so that prepositions and
 * proclitics matched around it stay outside the span, as TIMEX3 annotation leaves them out) and a
 * function computing the TIMEX3 value.
 */

/** Start of a word in any script (`\b` knows only ASCII letters, even with the `u` flag). */
export const wordStart = '(?<![\\p{L}\\p{M}\\p{N}])';
/** End of a word in any script. */
export const wordEnd = '(?![\\p{L}\\p{M}\\p{N}])';

/** What a rule's value function sees of its match. */
export interface RuleMatch {
  /** The named groups of the match. */
  groups: Record<string, string | undefined>;
  /** The text the rule ran over, for tense and context look-ups. */
  text: string;
  /** The expression's span in `text`. */
  start: number;
  end: number;
  reference: Day;
}

/** One rule of a language's date grammar. */
export interface Rule {
  /** Built with `rule()`: global, Unicode, case-insensitive, with match indices. */
  pattern: RegExp;
  /** TIMEX3 type, DATE unless given; a function when it depends on the match ("Monday evening" is a TIME). */
  type?: TimexType | ((groups: RuleMatch['groups']) => TimexType);
  /** Fuzzy expressions ("several years ago") keep the value of the period they sit in. */
  approximate?: boolean;
  /** A test on the match before it becomes a candidate (a rejected match leaves its span to other rules). */
  accept?: (match: RuleMatch) => boolean;
  /** The TIMEX3 value, or null to drop the match. */
  value: (match: RuleMatch, anchor: Anchor) => string | null;
}

/** A rule's pattern from its source: global, Unicode, case-insensitive, with indices for the `t` group. */
export function pattern(source: string): RegExp {
  return new RegExp(source, 'giud');
}

/** Regex alternation of words, longest first so that a prefix never shadows a longer word. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

/** Candidates for every match of every rule, in rule order (earlier rules win ties in `selectSpans`). */
export function runRules(rules: Rule[], text: string, reference: Day): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of rules) {
    for (const m of text.matchAll(rule.pattern)) {
      const span = m.indices?.groups?.['t'] ?? [m.index, m.index + m[0].length];
      const [start, end] = span;
      if (end <= start) continue;
      const groups = { ...m.groups };
      const match: RuleMatch = { groups, text, start, end, reference };
      if (rule.accept && !rule.accept(match)) continue;
      const type = typeof rule.type === 'function' ? rule.type(groups) : (rule.type ?? 'DATE');
      const candidate: Candidate = { start, end, type, resolve: (anchor) => rule.value(match, anchor) };
      if (rule.approximate) candidate.approximate = true;
      found.push(candidate);
    }
  }
  return found;
}

/**
 * Extends DATE and TIME candidates leftwards over a fuzzy modifier ("начале декабря", "fin 2024",
 * "Ende 2024", "أواخر 2024") and marks them approximate. `modifier` is built with the `d` flag and ends
 * in `$`; its group 1 is the part that joins the span (a preposition before it, "в", "a", stays out).
 */
export function extendOverModifiers(text: string, candidates: Candidate[], modifier: RegExp): Candidate[] {
  return candidates.map((candidate) => {
    if (candidate.type !== 'DATE' && candidate.type !== 'TIME') return candidate;
    const before = text.slice(Math.max(0, candidate.start - 40), candidate.start);
    const joined = modifier.exec(before)?.indices?.[1];
    if (!joined) return candidate;
    return { ...candidate, start: candidate.start - (before.length - joined[0]), approximate: true };
  });
}

/** Future and past markers of a language, as whole-word patterns (anchored, case-insensitive). */
export interface TenseMarkers {
  future: RegExp;
  past?: RegExp;
}

/**
 * Guesses the tense of the clause around `text[start, end)` from the nearest marker word in its
 * sentence, as the English tense guesser does; 'unknown' when the sentence has none, which news
 * readers take as the past.
 */
export function tenseByMarkers(text: string, start: number, end: number, markers: TenseMarkers): Tense {
  const [from, to] = sentenceBounds(text, start, end, 200);
  let best: Tense = 'unknown';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of text.slice(from, to).matchAll(/[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu)) {
    const wordStartAt = from + m.index;
    const wordEndAt = wordStartAt + m[0].length;
    if (wordEndAt > start && wordStartAt < end) continue;
    const tense: Tense = markers.future.test(m[0]) ? 'future' : markers.past?.test(m[0]) ? 'past' : 'unknown';
    if (tense === 'unknown') continue;
    const distance = wordEndAt <= start ? start - wordEndAt : (wordStartAt - end) * 1.5;
    if (distance < bestDistance) {
      best = tense;
      bestDistance = distance;
    }
  }
  return best;
}

/** A whole-word, case-insensitive test for one of `words` (each a regex source). */
export function wordTest(words: string[]): RegExp {
  return new RegExp(`^(?:${words.join('|')})$`, 'iu');
}

/** Number words of a language: regex source of each form → value. */
export type NumberWords = [string, number][];

/** Value of a count written in digits or as one of `words`, or undefined. */
export function parseCount(word: string | undefined, words: NumberWords): number | undefined {
  if (word === undefined) return undefined;
  const trimmed = word.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  const lower = trimmed.toLowerCase();
  for (const [form, value] of words) if (new RegExp(`^(?:${form})$`, 'iu').test(lower)) return value;
  return undefined;
}

/** Regex source for a count: 1–3 digits (four are a year) or one of `words`. */
export function countPattern(words: NumberWords): string {
  return `\\d{1,3}(?:[.,]\\d)?|${words.map(([form]) => form).join('|')}`;
}

/** The value paired with the first entry of `table` whose forms (a regex source) match the whole word. */
export function lookup<T>(table: [string, T][], word: string | undefined): T | undefined {
  const lower = (word ?? '').toLowerCase();
  return table.find(([forms]) => wordTest([forms]).test(lower))?.[1];
}

/** Regex alternation of a table's forms. */
export function formsOf(table: [string, unknown][]): string {
  return table.map(([forms]) => forms).join('|');
}
