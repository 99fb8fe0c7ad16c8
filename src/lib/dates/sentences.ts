/*
 * Sentence boundaries are approximated by line breaks and by ".", "!", "?" or ";" followed by white
 * space. Abbreviations such as "U.S." split a sentence too early, which only narrows the context the
 * tense guesser sees.
 */

/** Start and end offsets of the sentence around `text[start, end)`. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && !/[.!?;]\s$/.test(text.slice(from - 2, from))) from--;
  const rest = /\n|[.!?;](?=\s)/.exec(text.slice(end));
  return [from, rest ? end + rest.index : text.length];
}
