import type { Sentence } from '../text/nlp.ts';
import { centroid, contentTerms, cosine, termVector, type TermVector } from '../text/term-vectors.ts';
import type { Candidate, Mention } from './candidates.ts';
import { isSummarySentence, stripLeadIn, wordCount } from './lead-in.ts';

/** A sentence as it can be quoted: a source's words with wire lead-ins taken off. */
export type QuotedSentence = {
  sourceId: string;
  paragraph: number;
  text: string;
  date: string;
  /** The language of its source. */
  lang: string;
  vector: TermVector;
  /** How close the sentence is to what the story as a whole is about (cosine with its centre). */
  topicality: number;
  /** The quoted words' tokens, tagged. */
  analysis: Sentence;
};

/** What the story's sentences in one language are weighed against. */
export type LanguageCorpus = {
  stopwords: ReadonlySet<string>;
  /** What the story's articles in that language are about as a whole: the centre of their term vectors. */
  centre: TermVector;
  /** A sentence at least this close to the centre is about the story. */
  onTopic: number;
};

/** The corpus a story's sentences are weighed against: one vocabulary, and each language's own centre. */
export type Corpus = {
  idf: ReadonlyMap<string, number>;
  /** The story's own language: an event's words are in it wherever its sources say the thing in it. */
  lang: string;
  languages: ReadonlyMap<string, LanguageCorpus>;
};

/** The part of the corpus for sentences in `lang` (the story language's, for a language the corpus lacks). */
export function inLanguage(corpus: Corpus, lang: string): LanguageCorpus {
  return (
    corpus.languages.get(lang) ??
    corpus.languages.get(corpus.lang) ?? { stopwords: new Set(), centre: new Map(), onTopic: 0 }
  );
}

/** An event's words: the summary sentences, and one quote from every source that reports it. */
export type CandidateSummary = {
  /** The K most representative sentences, most representative first, no two alike. */
  summary: QuotedSentence[];
  /** Every sentence the candidate's sources give, most representative first (for the headline). */
  ranked: QuotedSentence[];
  /** One quote per source that reports the happening: summary sources first. */
  citations: QuotedSentence[];
  /** What the candidate's sentences in its summary's language say in common: the centre of their term vectors. */
  centre: TermVector;
  /** The language of the summary. */
  lang: string;
};

export type SummaryOptions = {
  /** At most this many summary sentences (`--sentences`). */
  sentences: number;
  /** Two sentences this similar say the same thing; the second is left out. */
  redundancy?: number;
  /** A source whose sentence is at least this close to the event's centre reports the same happening. */
  support?: number;
};

/** What a sentence of an article's lead gains in rank: news writing puts what happened first. */
const leadBonus = 0.1;

/**
 * Summarises a candidate in its sources' own words: the sentences nearest the centre of what its
 * mentions say (TF-IDF centroid) and nearest what the story is about, without near-duplicates or
 * sentences off the story's subject, and a citation from every source whose mention is about the
 * same happening. Sentences are weighed against those of their own language, so that a source in
 * another language is cited when it reports the happening; the summary is in the story's language
 * when any source says it in that language, else in the language most of its sources use.
 * Returns undefined when no mention reads as an on-topic sentence.
 */
export function summarizeCandidate(
  candidate: Candidate,
  corpus: Corpus,
  options: SummaryOptions,
): CandidateSummary | undefined {
  const { sentences: k, redundancy = 0.5, support = 0.2 } = options;
  const pool = quotable(candidate.mentions, corpus);
  if (pool.length === 0) return undefined;
  const groups = Map.groupBy(pool, (s) => s.lang);
  const centres = new Map([...groups].map(([lang, group]) => [lang, centroid(group.map((s) => s.vector))]));
  // What the candidate's sentences say in common, and how much that is what the story is about.
  const scored = pool
    .map((s) => {
      const score = cosine(s.vector, centres.get(s.lang)!);
      return { s, score, rank: score + s.topicality + (s.paragraph <= 2 ? leadBonus : 0) };
    })
    .sort((a, b) => b.rank - a.rank);
  const onTopic = (s: QuotedSentence) => s.topicality >= inLanguage(corpus, s.lang).onTopic;
  const lang =
    groups.has(corpus.lang) && groups.get(corpus.lang)!.some(onTopic)
      ? corpus.lang
      : [...groups].sort(
          (a, b) => new Set(b[1].map((s) => s.sourceId)).size - new Set(a[1].map((s) => s.sourceId)).size,
        )[0]![0];
  const ranked = scored.map(({ s }) => s).filter((s) => s.lang === lang);
  const summary: QuotedSentence[] = [];
  for (const s of ranked) {
    if (summary.length >= k) break;
    if (!onTopic(s)) continue;
    if (summary.every((t) => cosine(s.vector, t.vector) < redundancy)) summary.push(s);
  }
  if (summary.length === 0) return undefined;
  const summarySources = new Set(summary.map((s) => s.sourceId));
  const citations = [...summary];
  const cited = new Set<string>();
  for (const { s, score } of [...scored].sort((a, b) => b.score - a.score)) {
    if (summarySources.has(s.sourceId) || cited.has(s.sourceId) || score < support || !onTopic(s)) continue;
    cited.add(s.sourceId);
    citations.push(s);
  }
  return { summary, ranked, citations: dedupeBySource(citations), centre: centres.get(lang)!, lang };
}

/** The mentions that read as sentences, once each; when none does, the least fragmentary ones. */
function quotable(mentions: readonly Mention[], corpus: Corpus): QuotedSentence[] {
  const seen = new Set<string>();
  const all: QuotedSentence[] = [];
  for (const m of mentions) {
    const text = stripLeadIn(m.sentence);
    if (seen.has(text) || wordCount(text) < 3) continue;
    seen.add(text);
    const own = inLanguage(corpus, m.lang);
    const vector = termVector(contentTerms(text, own.stopwords), corpus.idf);
    // The lead-in is a prefix: the quoted words' tokens are those after it.
    const from = m.analysis.start + m.sentence.lastIndexOf(text);
    all.push({
      sourceId: m.sourceId,
      paragraph: m.paragraph,
      text,
      date: m.date,
      lang: m.lang,
      vector,
      topicality: cosine(vector, own.centre),
      analysis: { ...m.analysis, start: from, text, tokens: m.analysis.tokens.filter((t) => t.start >= from) },
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
