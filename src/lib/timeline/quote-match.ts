/**
 * Folds the differences a quote may have from its source without changing meaning: runs of
 * whitespace, curly vs straight quote marks, dash variants, non-breaking spaces, case of nothing
 * else. Returns the folded text and, for each folded character, its offset in the original.
 */
export function foldForMatching(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let lastWasSpace = true; // also trims leading whitespace
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (!lastWasSpace) {
        folded += ' ';
        offsets.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    folded += /[‘’‚‛′`´]/.test(c) ? "'" : /[“”„‟″«»]/.test(c) ? '"' : /[‐‑‒–—―−]/.test(c) ? '-' : c;
    offsets.push(i);
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    offsets.pop();
  }
  return { folded, offsets };
}

/** Where a quote occurs in a text, as offsets into the original (unfolded) text, or undefined. */
export function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  return findFoldedQuote(foldForMatching(text), foldForMatching(quote).folded);
}

/**
 * {@link findQuote} over a text folded once by {@link foldForMatching}, for callers that look for
 * many quotes in the same paragraphs.
 */
export function findFoldedQuote(
  { folded, offsets }: { folded: string; offsets: readonly number[] },
  q: string,
): { start: number; end: number } | undefined {
  if (q === '') return undefined;
  const at = folded.indexOf(q);
  if (at === -1) return undefined;
  return { start: offsets[at]!, end: offsets[at + q.length - 1]! + 1 };
}
