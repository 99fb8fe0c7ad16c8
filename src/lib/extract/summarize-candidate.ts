import { centroid, contentTerms, cosine, termVector, type TermVector } from '../text/term-vectors.ts';
import type { Candidate, Mention } from './candidates.ts';
import { isSummarySentence, stripLeadIn, wordCount } from './lead-in.ts';

/** A sentence as it can be quoted: a source's words with wire lead-ins taken off. */
export type QuotedSentence = { sourceId: string; paragraph: number; text: string; date: string; vector: TermVector };

/** The corpus a story's sentences are weighed against. */
export type Corpus = { idf: ReadonlyMap<string, number>; stopwords: ReadonlySet<string> };

/** An event's words: the summary sentences, and one quote from every source that reports it. */
export type CandidateSummary = {
  /** The K most representative sentences, most representative first, no two alike. */
  summary: QuotedSentence[];
  /** Every sentence the candidate's sources give, most representative first (for the headline). */
  ranked: QuotedSentence[];
  /** One quote per source that reports the happening: summary sources first. */
  citations: QuotedSentence[];
};

export type SummaryOptions = {
  /** At most this many summary sentences (`--sentences`). */
  sentences: number;
  /** Two sentences this similar say the same thing; the second is left out. */
  redundancy?: number;
  /** A source whose sentence is at least this close to the event's centre reports the same happening. */
  support?: number;
};

/**
 * Summarises a candidate in its sources' own words: the sentences nearest the centre of what its
 * mentions say (TF-IDF centroid), without near-duplicates, and a citation from every source whose
 * mention is about the same happening. Returns undefined when no mention reads as a sentence.
 */
export function summarizeCandidate(
  candidate: Candidate,
  corpus: Corpus,
  options: SummaryOptions,
): CandidateSummary | undefined {
  const { sentences: k, redundancy = 0.5, support = 0.2 } = options;
  const pool = quotable(candidate.mentions, corpus);
  if (pool.length === 0) return undefined;
  const centre = centroid(pool.map((s) => s.vector));
  const scored = pool.map((s) => ({ s, score: cosine(s.vector, centre) })).sort((a, b) => b.score - a.score);
  const ranked = scored.map(({ s }) => s);
  const summary: QuotedSentence[] = [];
  for (const s of ranked) {
    if (summary.length >= k) break;
    if (summary.every((t) => cosine(s.vector, t.vector) < redundancy)) summary.push(s);
  }
  const summarySources = new Set(summary.map((s) => s.sourceId));
  const citations = [...summary];
  const cited = new Set<string>();
  for (const { s, score } of scored) {
    if (summarySources.has(s.sourceId) || cited.has(s.sourceId) || score < support) continue;
    cited.add(s.sourceId);
    citations.push(s);
  }
  return { summary, ranked, citations: dedupeBySource(citations) };
}

/** The mentions that read as sentences, once each; when none does, the least fragmentary ones. */
function quotable(mentions: readonly Mention[], corpus: Corpus): QuotedSentence[] {
  const seen = new Set<string>();
  const all: QuotedSentence[] = [];
  for (const m of mentions) {
    const text = stripLeadIn(m.sentence);
    if (seen.has(text) || wordCount(text) < 3) continue;
    seen.add(text);
    all.push({
      sourceId: m.sourceId,
      paragraph: m.paragraph,
      text,
      date: m.date,
      vector: termVector(contentTerms(text, corpus.stopwords), corpus.idf),
    });
  }
  const sentences = all.filter((s) => isSummarySentence(s.text));
  if (sentences.length > 0) return sentences;
  return all.filter((s) => isSummarySentence(s.text, 4, 80));
}

/** Summary sentences stay; beyond them, a source is cited once. */
function dedupeBySource(citations: QuotedSentence[]): QuotedSentence[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.sourceId}\u0000${c.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
