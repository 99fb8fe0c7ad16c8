import type { Chrono } from 'chrono-node';
import type { Candidate, Day } from '../types.ts';
import { chronoDates, type ChronoOptions } from './chrono-dates.ts';
import { neutralRules } from './neutral.ts';
import { extendOverModifiers, runRules, type Rule } from './rules.ts';

/** A text prepared for matching, with the way back to the original offsets. */
export interface FoldedText {
  text: string;
  /** `original[i]` is the offset in the original text of folded character i; one more entry maps the end. */
  original: number[];
}

/** Everything the tagger needs to read dates in one language. */
export interface DateGrammar {
  /** chrono-node's locale for calendar dates and clock times, where it has one that reads them well. */
  chrono?: { parser: Chrono; options: ChronoOptions };
  /** The language's own rules, most trusted first. */
  rules: Rule[];
  /** Fuzzy modifiers that widen a date's span ("начале", "fin", "Ende"): see `extendOverModifiers`. */
  modifier?: RegExp;
  /** Rewrites the text before matching (Arabic: digits, letter variants, diacritics), keeping offsets mappable. */
  fold?: (text: string) => FoldedText;
}

/** Candidates for every temporal expression the grammar reads in `text`, with offsets into `text`. */
export function grammarCandidates(grammar: DateGrammar, text: string, reference: Day): Candidate[] {
  const folded = grammar.fold?.(text);
  const source = folded?.text ?? text;
  let found = [
    ...(grammar.chrono ? chronoDates(grammar.chrono.parser, source, reference, grammar.chrono.options) : []),
    ...runRules(grammar.rules, source, reference),
    ...runRules(neutralRules, source, reference),
  ];
  if (grammar.modifier) found = extendOverModifiers(source, found, grammar.modifier);
  if (!folded) return found;
  const at = (i: number) => folded.original[i] ?? text.length;
  return found.map((c) => ({ ...c, start: at(c.start), end: at(c.end) }));
}
