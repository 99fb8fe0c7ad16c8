/** Dated sentences and mentions for the extract tests: paragraph 1, the date as its own expression. */
import { analyse, type Sentence } from '../text/nlp.ts';
import type { Mention } from './candidates.ts';
import type { DatedSentence } from './dated-sentences.ts';

/** A text analysed as one sentence, as a paragraph's sentence is analysed in extract. */
export const analysed = (text: string): Sentence => ({
  start: 0,
  end: text.length,
  text,
  tokens: analyse(text).flatMap((s) => s.tokens),
});

/** A sentence of `sourceId` that names `date`. */
export const dated = (sourceId: string, sentence: string, date: string, approximate = false): DatedSentence => ({
  sourceId,
  paragraph: 1,
  sentence,
  date,
  approximate,
  expression: date,
  analysis: analysed(sentence),
  lang: 'en',
});

/** The same, with the day its source was published. */
export const mention = (
  sourceId: string,
  sentence: string,
  date: string,
  published = '2010-05-01',
  approximate = false,
): Mention => ({
  ...dated(sourceId, sentence, date, approximate),
  published,
});
