import type { Sentence } from '../text/nlp.ts';
import { contentTerms } from '../text/term-vectors.ts';
import type { DatedSentence } from './dated-sentences.ts';

// "Weeks after the coup", "days before the vote", "months following the election".
const relativePhrase = /\b(days|weeks|months|years)\s+(after|before|following)\s+([^,.;:]+)/giu;

/**
 * Dates statements like "Weeks after the coup, …" by the date another dated sentence gives
 * the thing they are relative to (any sentence, in any source, that mentions all its content
 * words): an approximate month for days and weeks, an approximate year for months and years.
 */
export function anchorRelativePhrases(
  paragraphsBySource: ReadonlyMap<string, readonly (readonly Sentence[])[]>,
  dated: readonly DatedSentence[],
  stopwords: ReadonlySet<string>,
  langOf: (sourceId: string) => string = () => 'en',
): DatedSentence[] {
  // The content words of a sentence, as extract weighs them everywhere else.
  const contentWords = (text: string) => new Set(contentTerms(text, stopwords));
  // Each anchor's words once, not once per relative phrase: a large story has thousands of each.
  const anchors = dated
    .filter((d) => d.date.length >= 7 && !d.approximate)
    .map((d) => ({ ...d, words: contentWords(d.sentence) }));
  const found: DatedSentence[] = [];
  for (const [sourceId, paragraphs] of paragraphsBySource) {
    // The phrases are English ones ("weeks after"): other languages' sources have none.
    const lang = langOf(sourceId);
    if (lang !== 'en') continue;
    paragraphs.forEach((analysed, i) => {
      for (const analysis of analysed) {
        const sentence = analysis.text;
        for (const m of sentence.matchAll(relativePhrase)) {
          const [expression, unit, , subject] = m as unknown as [string, string, string, string];
          const words = [...contentWords(subject)];
          if (words.length === 0) continue;
          const anchor = anchors
            .filter((d) => d.sentence !== sentence && words.every((w) => d.words.has(w)))
            .sort((a, b) => b.date.length - a.date.length || a.date.localeCompare(b.date))[0];
          if (!anchor) continue;
          const coarse = /days|weeks/i.test(unit) ? anchor.date.slice(0, 7) : anchor.date.slice(0, 4);
          // "Weeks after" a day late in its month may fall in the next: the anchor's month, flagged
          // approximate, is a starting point for the editor to settle.
          found.push({
            sourceId,
            paragraph: i + 1,
            sentence,
            date: coarse,
            approximate: true,
            expression: `${expression} (${anchor.date}, ${anchor.sourceId})`,
            analysis,
            lang,
          });
        }
      }
    });
  }
  return found;
}
