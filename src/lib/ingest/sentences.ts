import { segment } from '../text/nlp.ts';
import { words } from '../text/words.ts';

/**
 * Counts sentences: the segmenter's sentences of at least four words closed by `.`, `!`, `?` or
 * `…` (closing quotes allowed). Labels, timestamps and icon runs count for nothing, which is the
 * point: the count measures how much *prose* a cleaning step would take away.
 */
export function countSentences(text: string): number {
  return segment(text).filter((s) => /[.!?…؟]["”’»)\]]*$/u.test(s.text) && words(s.text).length >= 4).length;
}

/** Counts words, as the project's one tokenizer reads them. */
export function countWords(text: string): number {
  return words(text).length;
}
