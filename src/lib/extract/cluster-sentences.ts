import type { DatedSentence } from './dated-sentences.ts';

// Words too common in news copy to say two sentences report the same thing.
const stopwords = new Set(
  'about after also among before being between both could during each from have into last more most must other over said says since some such than that their them then there these they this those through under until very were what when where which while will with would year years month months week weeks said also according'.split(' '),
);

/** The content words of a sentence: lower case, four letters or more, no stop words. */
export function contentWords(sentence: string): Set<string> {
  return new Set((sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !stopwords.has(w)));
}

/** Jaccard similarity of two word sets (0 = nothing shared, 1 = the same words). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Groups dated sentences into event candidates: same resolved date and similar wording
 * (single-link clustering at `threshold`). Sources rarely name the same past day for two different
 * things, so a day-precise date other than a publication day (`busyDays`, where many things
 * happen) groups regardless of wording. Clusters come out in date order, then by size.
 */
export function clusterSentences(sentences: readonly DatedSentence[], busyDays: ReadonlySet<string> = new Set(), threshold = 0.2): DatedSentence[][] {
  const byDate = Map.groupBy(sentences, (s) => s.date);
  const clusters: DatedSentence[][] = [];
  for (const [date, group] of byDate) {
    if (date.length === 10 && !busyDays.has(date)) {
      clusters.push(group);
      continue;
    }
    const words = group.map((s) => contentWords(s.sentence));
    const parent = group.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (similarity(words[i]!, words[j]!) >= threshold) parent[root(j)] = root(i);
      }
    }
    clusters.push(...Map.groupBy(group, (_, i) => root(i)).values());
  }
  return clusters.sort((a, b) => a[0]!.date.localeCompare(b[0]!.date) || b.length - a.length);
}
