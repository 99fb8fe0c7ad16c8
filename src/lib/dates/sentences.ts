import { segment } from '../text/nlp.ts';

/**
 * Start and end offsets of the sentence around `text[start, end)` (the project's one segmenter),
 * narrowed to at most `reach` characters either side of the expression so that a long run-on
 * sentence does not lend far-away verbs to the tense guesser.
 */
export function sentenceBounds(text: string, start: number, end: number, reach: number): [number, number] {
  const sentence = segment(text).find((s) => s.start <= start && start < s.end);
  const [from, to] = sentence ? [sentence.start, Math.max(sentence.end, end)] : [start, end];
  return [Math.max(from, start - reach), Math.min(to, end + reach)];
}
