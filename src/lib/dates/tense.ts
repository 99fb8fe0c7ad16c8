import { wordTokens } from '../text/words.ts';
import { sentenceBounds } from './sentences.ts';
import type { Tense } from './types.ts';

/*
 * A deliberately small tense guesser. News copy is mostly past tense, so a bare "Monday" or "October"
 * means the most recent one; only a nearby future marker ("will", "is set to", "until") flips that.
 * We look for the marker nearest to the expression inside its sentence, because a sentence often
 * mixes tenses ("Apple said Friday it will …") and the closest verb usually governs the expression.
 */

const futureWords = new Set([
  'will',
  "'ll",
  'shall',
  'would',
  "won't",
  'wo',
  'should',
  'must',
  'until',
  'till',
  'upcoming',
  'tomorrow',
  'next',
  'scheduled',
  'slated',
  'forthcoming',
]);
/** Words that mark the future only after a given word: "is set to", "is due to", "is going to", "to be". */
const futureBefore: Record<string, RegExp> = {
  set: /^(?:is|are|was|were|be|been|'s)$/,
  due: /^(?:is|are|was|were|be|'s)$/,
  expected: /^(?:is|are|be|'s)$/,
  poised: /^(?:is|are|be|'s)$/,
  going: /^(?:is|are|am|'s|'re)$/,
  be: /^to$/,
};
/** Verbs after which "to" introduces a plan: "plans to", "intends to". */
const futureAfterTo = /^(?:plans?|planning|intends?|aims?|hopes?|wants?|prepares?|preparing)$/;

const irregularPast = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'fell',
  'rose',
  'made',
  'took',
  'began',
  'came',
  'went',
  'saw',
  'sold',
  'bought',
  'lost',
  'won',
  'led',
  'left',
  'gave',
  'got',
  'held',
  'met',
  'paid',
  'ran',
  'sent',
  'spent',
  'stood',
  'thought',
  'wrote',
  'became',
  'brought',
  'built',
  'chose',
  'drew',
  'grew',
  'knew',
  'found',
  'kept',
  'struck',
  'spoke',
  'sank',
  'slid',
  'fought',
  'sought',
  'broke',
  'swung',
  'flew',
  'threw',
  'withdrew',
  'overtook',
  'understood',
  'ago',
  'last',
  'yesterday',
  'earlier',
]);
/** Words ending in "-ed" that are not past-tense verbs. */
const notPast = new Set([
  'need',
  'speed',
  'feed',
  'seed',
  'bed',
  'red',
  'shed',
  'hundred',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'embed',
  'breed',
  'greed',
  'weed',
]);
/**
 * After these an "-ed" word is a participle and the auxiliary sets the tense: passives, infinitives and
 * the present perfect ("has announced"), which frames the present rather than a past moment.
 */
const participleHosts =
  /^(?:be|been|being|is|are|am|'s|'re|has|have|having|will|would|shall|should|can|could|may|might|must|to|get|gets|getting)$/;

interface Token {
  word: string;
  start: number;
  end: number;
}

function classify(tokens: Token[], i: number): Tense {
  const token = tokens[i];
  if (!token) return 'unknown';
  const word = token.word.toLowerCase();
  const prev = tokens[i - 1]?.word.toLowerCase() ?? '';
  const next = tokens[i + 1]?.word.toLowerCase() ?? '';
  if (futureWords.has(word) || word.endsWith("'ll")) return 'future';
  const host = futureBefore[word];
  if (host?.test(prev) && (word !== 'set' || next === 'to' || next === 'for')) return 'future';
  if (word === 'to' && futureAfterTo.test(prev)) return 'future';
  if (irregularPast.has(word)) return 'past';
  if (/^[a-z]{3,}ed$/.test(token.word) && !notPast.has(word) && !participleHosts.test(prev)) return 'past';
  return 'unknown';
}

/** Guesses whether the clause around `text[start, end)` talks about the past or the future. */
export function tenseAround(text: string, start: number, end: number): Tense {
  // Tense markers more than a couple of clauses away say little about the expression.
  const [from, to] = sentenceBounds(text, start, end, 200);
  const tokens: Token[] = wordTokens(text, { clitics: true })
    .filter((t) => t.start >= from && t.end <= to)
    .map((t) => ({ word: t.text, start: t.start, end: t.end }));
  let best: Tense = 'unknown';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [i, token] of tokens.entries()) {
    if (token.end > start && token.start < end) continue;
    const tense = classify(tokens, i);
    if (tense === 'unknown') continue;
    // Words after the expression count a little farther away: the verb before it usually governs it.
    const distance = token.end <= start ? start - token.end : (token.start - end) * 1.5;
    if (distance < bestDistance) {
      best = tense;
      bestDistance = distance;
    }
  }
  return best;
}
