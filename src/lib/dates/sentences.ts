/*
 * Sentence boundaries are approximated by line breaks and by ".", "!", "?" or ";" followed by white
 * space. Abbreviations such as "U.S." split a sentence too early, which only narrows the context the
 * tense guesser sees.
 */

/**
 * Start and end offsets of the sentence around `text[start, end)`, looking at most `reach` characters
 * either way so that a text without punctuation does not make every lookup scan all of it.
 */
export function sentenceBounds(text: string, start: number, end: number, reach: number): [number, number] {
  const floor = Math.max(0, start - reach);
  let from = floor;
  for (const m of text.slice(floor, start).matchAll(/\n|[.!?;]\s/g)) from = floor + m.index + m[0].length;
  const after = text.slice(end, end + reach);
  const rest = /\n|[.!?;](?=\s)/.exec(after);
  return [from, end + (rest ? rest.index : after.length)];
}
