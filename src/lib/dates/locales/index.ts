import type { Candidate, Day } from '../types.ts';
import { arabic } from './ar.ts';
import { german } from './de.ts';
import { spanish } from './es.ts';
import { french } from './fr.ts';
import { grammarCandidates, type DateGrammar } from './grammar.ts';
import { neutralRules, neutralYearRules } from './neutral.ts';
import { runRules } from './rules.ts';
import { russian } from './ru.ts';

/** The date grammars of the languages read besides English, by BCP 47 primary subtag. */
const grammars: Record<string, DateGrammar> = { ar: arabic, de: german, es: spanish, fr: french, ru: russian };

/** Languages whose dates the tagger reads with their own words (English has its own rules in `tag-dates.ts`). */
export const dateLanguages: readonly string[] = ['en', ...Object.keys(grammars)];

/** The primary subtag of a BCP 47 tag, lower case: "ru-RU" → "ru", "AR" → "ar". */
export function primaryLanguage(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}

/**
 * Candidates for the temporal expressions of a text in language `lang` (a primary subtag other than
 * English); a language without a grammar gets the language-neutral rules: ISO and dotted dates, years.
 */
export function localeCandidates(lang: string, text: string, reference: Day): Candidate[] {
  const grammar = grammars[lang];
  if (grammar) return grammarCandidates(grammar, text, reference);
  return [...runRules(neutralRules, text, reference), ...runRules(neutralYearRules, text, reference)];
}
