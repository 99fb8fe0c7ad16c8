import { describe, expect, it } from 'vitest';
import { tenseAround } from './tense.ts';

/** Tense around the first occurrence of `word` in `sentence`. */
function tenseOf(sentence: string, word: string) {
  const start = sentence.indexOf(word);
  return tenseAround(sentence, start, start + word.length);
}

describe('tenseAround', () => {
  it.each([
    ['Apple announced Friday that it will give refunds.', 'Friday', 'past'],
    ['Thursday would mark one year since the crash.', 'Thursday', 'future'],
    ['The trial is set to begin on Wednesday.', 'Wednesday', 'future'],
    ['Markets will remain closed until Friday.', 'Friday', 'future'],
    ['The parts will be delivered on Monday.', 'Monday', 'future'],
    ['Sunday was chosen as its date.', 'Sunday', 'past'],
    ['The company plans to cut jobs in March.', 'March', 'future'],
    ['Ford has announced cuts during the fourth quarter.', 'the fourth quarter', 'unknown'],
    ['United Airlines flies on Monday.', 'Monday', 'unknown'],
    ['It fell on Monday. It will rise next week.', 'Monday', 'past'],
  ])('%s (%s) → %s', (sentence, word, tense) => {
    expect(tenseOf(sentence, word)).toBe(tense);
  });
});
