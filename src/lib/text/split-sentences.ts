import { segment } from './nlp.ts';

/**
 * Splits a paragraph into sentences with the project's one segmenter (`nlp.ts`): abbreviations,
 * initials and clock times ("Dr. Chan", "U.S. officials", "10 a.m. ET") do not end a sentence, a
 * line break always does. Each sentence is an exact, trimmed substring of the paragraph.
 */
export function splitSentences(paragraph: string): string[] {
  return segment(paragraph).map((s) => s.text);
}
