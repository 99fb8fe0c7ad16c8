import { words } from './words.ts';

/** A sparse, length-normalised term-weight vector. */
export type TermVector = ReadonlyMap<string, number>;

/** The words of a text that can carry meaning: lower case, no stop words, no one- or two-digit numbers. */
export function contentTerms(text: string, stopwords: ReadonlySet<string>): string[] {
  return words(text)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1 && !stopwords.has(w) && !/^\d{1,2}$/.test(w));
}

/**
 * Inverse document frequency of every term over `documents` (each a list of terms), smoothed so
 * a term in every document still weighs a little: `ln(N / (1 + df)) + 1`.
 */
export function inverseDocumentFrequencies(documents: Iterable<readonly string[]>): Map<string, number> {
  const df = new Map<string, number>();
  let n = 0;
  for (const terms of documents) {
    n += 1;
    for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [t, count] of df) idf.set(t, Math.max(Math.log(n / (1 + count)) + 1, 0.1));
  return idf;
}

/** TF-IDF vector of a text's terms (log-scaled term frequency), normalised to unit length. */
export function termVector(terms: readonly string[], idf: ReadonlyMap<string, number>): TermVector {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v = new Map<string, number>();
  for (const [t, n] of tf) v.set(t, (1 + Math.log(n)) * (idf.get(t) ?? 1));
  return normalise(v);
}

/** Cosine similarity of two unit vectors (0 = nothing shared, 1 = the same direction). */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, x] of small) sum += x * (large.get(t) ?? 0);
  return sum;
}

/** The normalised mean of unit vectors: the direction most of them point in. */
export function centroid(vectors: readonly TermVector[]): TermVector {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [t, x] of v) sum.set(t, (sum.get(t) ?? 0) + x);
  return normalise(sum);
}

function normalise(v: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, x] of v) v.set(t, x / norm);
  return v;
}
