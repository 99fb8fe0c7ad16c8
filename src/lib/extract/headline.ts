/*
 * Headlines in the manner of a wire service's timeline: who did what, one clause, at most about
 * 90 characters. A headline is made from a source sentence by taking away what a headline leaves
 * out, read off wink-nlp's parts of speech and entities: the connective that ties the sentence to
 * the one before, an opening adverbial or subordinate clause, times and dates (the event shows its
 * date beside its title), asides between commas, and a closing attribution (", officials said").
 * What remains must be a clause that names its subject: a pronoun whose noun is elsewhere, a quote
 * standing for the whole, or a cut in the middle of a list of names does not make a headline.
 */
import { tagDates } from '../dates/tag-dates.ts';
import { analyse, type Token } from '../text/nlp.ts';
import { wordCount } from './lead-in.ts';

/** Headline length limit, in characters. */
export const headlineLength = 90;

const pronounSubject = new Set('he she it they this that these those we i you his her their its one'.split(' '));
const relativeWords = new Set(['who', 'which', 'whose', 'whom', 'where', 'when', 'what']);
const attributionVerbs = new Set(
  'say tell add report announce confirm state note write explain warn insist claim'.split(' '),
);
const weakEnd = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PRON']);
const particles = new Set('up down out off over away back around aside apart through forward'.split(' '));
const subjectStart = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'DET', 'ADJ']);
const clausal = new Set(['VERB', 'AUX']);
const nominal = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
// A chronology's date heading ("March 10 - ", "21 August: ") and a run of capitals heading a sentence.
const leadingDate =
  /^(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?\s*(?:[-–—]{1,2}|:)\s+/u;
const capitalsRun = /^(?:[\p{Lu}\p{N}'’-]{2,}\s+){3,}(?=\p{Lu}\p{Ll})/u;
// A kicker before the sentence proper: "Unrest in Egypt: Thousands of …", "Analysis - …".
const kicker = /^(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*(?::|\s[-–—])\s+(?=["“]?\p{Lu})/u;

/** A token of the sentence being made a headline; `dated` marks the words of a date or a time. */
type Piece = Token & { keep: boolean; dated: boolean };

/** The text of the kept tokens, with the spacing the source gave them. */
function render(text: string, pieces: readonly Piece[]): string {
  let out = '';
  let previous: Piece | undefined;
  for (const p of pieces) {
    if (!p.keep) continue;
    const joined =
      previous !== undefined && pieces.indexOf(previous) === pieces.indexOf(p) - 1 && previous.end === p.start;
    const tight =
      /^[,.;:!?)\]’'”%]/u.test(p.text) || /^['’]/u.test(p.text) || (previous && /^[([“‘$]$/u.test(previous.text));
    out +=
      out === '' || joined || (tight && !/^[“‘]/u.test(p.text))
        ? text.slice(p.start, p.end)
        : ` ${text.slice(p.start, p.end)}`;
    previous = p;
  }
  return out
    .replace(/\s+/g, ' ')
    .replace(/\(\s*\)/g, '')
    .trim();
}

const kept = (pieces: readonly Piece[]) => pieces.filter((p) => p.keep);
const drop = (pieces: Piece[], from: number, to: number) => {
  for (let i = from; i < to; i++) pieces[i]!.keep = false;
};

/** Index of the first kept token at or after `i`. */
function nextKept(pieces: readonly Piece[], i: number): number {
  while (i < pieces.length && !pieces[i]!.keep) i++;
  return i;
}

/** Takes off what comes before the subject: a connective, an opening adverbial or clause ending on a comma, a date. */
function dropOpening(pieces: Piece[]): void {
  for (let guard = 0; guard < 4; guard++) {
    const i = nextKept(pieces, 0);
    const first = pieces[i];
    if (!first) return;
    const word = first.text.toLowerCase();
    // "But", "And", "However,", "Meanwhile,".
    if (first.pos === 'CCONJ' || (first.pos === 'ADV' && pieces[i + 1]?.text === ',')) {
      drop(pieces, i, pieces[i + 1]?.text === ',' ? i + 2 : i + 1);
      continue;
    }
    // "On Friday, …", "In a statement, …", "If the operation succeeds, …", "Late on Tuesday, …".
    const comma = pieces.findIndex((p, j) => j > i && p.keep && p.text === ',');
    // "Bowing to eight days of protests, …": an opening participle phrase too.
    const opener =
      first.pos === 'ADP' ||
      first.pos === 'SCONJ' ||
      first.dated ||
      /^(?:late|early|earlier|later|\p{L}+ing)$/u.test(word);
    if (opener && comma > i && comma - i <= 14) {
      const rest = kept(pieces.slice(comma + 1));
      if (rest.some((p) => clausal.has(p.pos)) && rest.some((p) => nominal.has(p.pos))) {
        drop(pieces, i, comma + 1);
        continue;
      }
    }
    // "Yesterday the committee …", "On Monday the board …": a date before the subject.
    if (first.dated || (first.pos === 'ADP' && pieces[i + 1]?.dated)) {
      let j = first.dated ? i : i + 1;
      while (pieces[j]?.dated) j++;
      drop(pieces, i, j);
      continue;
    }
    return;
  }
}

/** Takes off dates and times inside the sentence ("decided Friday to", "on Wednesday night", "(1925 GMT)"). */
function dropDates(pieces: Piece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    if (!pieces[i]!.dated || !pieces[i]!.keep) continue;
    let j = i;
    while (pieces[j]?.dated) j++;
    // A date inside a noun phrase ("the 1979 revolution", "after noon prayers") stays.
    if (
      pieces[j] &&
      (pieces[j]!.pos === 'NOUN' || pieces[j]!.pos === 'PROPN') &&
      !/ing$/u.test(pieces[j]!.text) &&
      pieces[j]!.start === pieces[j - 1]!.end + 1
    ) {
      i = j - 1;
      continue;
    }
    let from = i;
    // "elections scheduled for September", "a vote set for Friday": the date completes the participle.
    // Only a participle after the clause's own verb: in "the rig exploded on 20 April" the date goes.
    const host = pieces[i - 2];
    const firstVerb = pieces.findIndex((p) => clausal.has(p.pos));
    if (
      pieces[i - 1]?.pos === 'ADP' &&
      host?.pos === 'VERB' &&
      /ed$/u.test(host.text) &&
      i - 2 > firstVerb &&
      pieces[i - 3] &&
      nominal.has(pieces[i - 3]!.pos)
    ) {
      i = j - 1;
      continue;
    }
    if (/^['’]s$/u.test(pieces[j]?.text ?? '')) {
      // "in Wednesday's clashes": the date and its possessive go, the preposition stays.
      drop(pieces, i, j + 1);
      i = j;
      continue;
    }
    // The preposition that brought it ("on", "at", "late on") and a bracket around it.
    // ("late on Tuesday", "in late 2024": one preposition and one of "late" or "early", in either order).
    const brought = (p: Piece | undefined) => p?.pos === 'ADP' && !/^(?:after|before|since|until)$/iu.test(p.text);
    const fuzzy = (p: Piece | undefined) => p !== undefined && /^(?:late|early|mid)$/iu.test(p.text);
    if (fuzzy(pieces[from - 1])) from--;
    if (brought(pieces[from - 1])) from--;
    if (fuzzy(pieces[from - 1])) from--;
    if (from > 0 && pieces[from - 1]!.text === '(') from--;
    if (pieces[j]?.text === ')' && pieces[from]?.text === '(') j++;
    drop(pieces, from, j);
    i = j - 1;
  }
}

/** Takes off asides: ", who …," and ", the former head of …," before the verb, and "(…)". */
function dropAsides(pieces: Piece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    if (pieces[i]!.text === '(') {
      const close = pieces.findIndex((p, j) => j > i && p.text === ')');
      if (close > i) drop(pieces, i, close + 1);
      continue;
    }
    if (pieces[i]!.text !== ',' || !pieces[i]!.keep) continue;
    const close = pieces.findIndex((p, j) => j > i && p.keep && p.text === ',');
    if (close === -1) continue;
    const opener = pieces[nextKept(pieces, i + 1)];
    const after = pieces[nextKept(pieces, close + 1)];
    const before = pieces[i - 1];
    const relative = opener !== undefined && relativeWords.has(opener.text.toLowerCase());
    const appositive =
      opener?.pos === 'DET' &&
      before?.pos === 'PROPN' &&
      after !== undefined &&
      verbLike(after, pieces[nextKept(pieces, pieces.indexOf(after) + 1)], before);
    if (relative || appositive) {
      drop(pieces, i, close + 1);
      i = close;
    }
  }
}

/** Takes off a closing attribution: ", officials said", ", the Health Ministry said on Monday", ", according to witnesses". */
function dropAttribution(pieces: Piece[]): void {
  const end = kept(pieces).filter((p) => p.pos !== 'PUNCT' || p.text === ',');
  const commas = pieces.map((p, i) => (p.keep && p.text === ',' ? i : -1)).filter((i) => i > 0);
  const last = commas.at(-1);
  if (last === undefined || end.length === 0) return;
  const tail = kept(pieces.slice(last + 1)).filter((p) => p.pos !== 'PUNCT');
  if (tail.length === 0 || tail.length > 12) return;
  const verb = tail.findIndex((p) => p.pos === 'VERB' && attributionVerbs.has(p.lemma));
  const according = tail[0]?.lemma === 'accord' || tail[0]?.text.toLowerCase() === 'according';
  const subjectFirst =
    verb > 0 && tail.slice(0, verb).every((p) => nominal.has(p.pos) || p.pos === 'DET' || p.pos === 'ADJ');
  if (according || subjectFirst || (verb === 0 && tail.length <= 3)) drop(pieces, last, pieces.length);
}

/**
 * Whether a token is a verb. The model takes a headline's present tense for a plural noun
 * ("ElBaradei returns to Egypt"): a noun in -s that goes on into a phrase counts too.
 */
function verbLike(p: Piece, next: Piece | undefined, previous?: Piece): boolean {
  if (clausal.has(p.pos)) return true;
  // A noun after a determiner, a number or an adjective ("eight days of") is a noun.
  if (previous && ['DET', 'NUM', 'ADJ', 'ADP'].includes(previous.pos)) return false;
  return (
    p.pos === 'NOUN' &&
    /s$/u.test(p.text) &&
    next !== undefined &&
    ['ADP', 'DET', 'PART', 'PRON', 'NUM'].includes(next.pos)
  );
}

const opensClause = (p: Piece) =>
  p.pos === 'SCONJ' || relativeWords.has(p.text.toLowerCase()) || (p.text.toLowerCase() === 'that' && p.pos !== 'DET');

/**
 * Whether a headline reads as a clause: it opens on its subject, then comes its verb (not the verb
 * of a relative clause: "Protesters who were gathered in the square" has none), with no comma
 * between the two; and every clause it opens ("that …", "who …") has a verb of its own.
 */
function isClause(pieces: readonly Piece[]): boolean {
  // Verb groups: "were gathered", "has been said" are one verb each.
  // Verb groups: "were gathered", "has been said" are one verb each; a bare "-ing" form
  // ("…, chanting slogans") is no clause's verb.
  const verbs = pieces.flatMap((p, i) =>
    verbLike(p, pieces[i + 1], pieces[i - 1]) &&
    !(p.pos === 'VERB' && /ing$/u.test(p.text)) &&
    !(
      i > 0 &&
      (verbLike(pieces[i - 1]!, p) ||
        (pieces[i - 1]!.pos === 'ADV' && i > 1 && verbLike(pieces[i - 2]!, pieces[i - 1])))
    )
      ? [i]
      : [],
  );
  const verb = verbs[0];
  if (
    verb === undefined ||
    verb === 0 ||
    !subjectStart.has(pieces[0]!.pos) ||
    !pieces.slice(0, verb).some((p) => nominal.has(p.pos))
  )
    return false;
  // "Gordon Brown Alan Johnson, called for …": a subject cut off from its verb is a garbled sentence.
  if (pieces[verb - 1]!.text === ',') return false;
  if (pieces.slice(1, verb).some(opensClause) && verbs.length < 2) return false;
  const lastOpen = pieces.findLastIndex((p, i) => i > 0 && opensClause(p));
  if (lastOpen !== -1 && !verbs.some((v) => v > lastOpen)) return false;
  // "The CDC said after discovering the virus": a verb of saying needs what was said, a clause.
  const main = pieces[verb]!;
  return !(
    main.pos === 'VERB' &&
    attributionVerbs.has(main.lemma) &&
    !pieces.slice(verb + 1).some((p) => clausal.has(p.pos))
  );
}

/** Whether the comma or "and" at `k` joins two noun phrases ("Cairo, Alexandria and Suez", "Facebook and Twitter"). */
function inList(visible: readonly Piece[], k: number): boolean {
  const before = visible[k - 1];
  let j = k + 1;
  while (visible[j] && (visible[j]!.pos === 'DET' || visible[j]!.pos === 'ADJ' || visible[j]!.pos === 'NUM')) j++;
  const after = visible[j];
  const noun = (p: Piece | undefined) => p !== undefined && (p.pos === 'PROPN' || p.pos === 'NOUN');
  return noun(before) && noun(after);
}

/** Whether the comma at `k` opens an aside that the clause goes on after (", like those in Tunisia, will …"). */
function opensAside(visible: readonly Piece[], k: number): boolean {
  const close = visible.findIndex((p, j) => j > k && p.text === ',');
  if (close === -1) return false;
  const aside = visible.slice(k + 1, close);
  return (
    !aside.some((p) => clausal.has(p.pos)) && visible[close + 1] !== undefined && clausal.has(visible[close + 1]!.pos)
  );
}

/**
 * Ends a long headline early, where a clause may end: before a comma, semicolon or dash, then
 * before a conjunction that opens a new clause, and last before a prepositional phrase; never
 * inside a list of names. The longest prefix that fits and is a clause wins.
 */
function cutAtClause(pieces: Piece[], text: string): boolean {
  const visible = kept(pieces);
  const boundaries: ((p: Piece, k: number) => boolean)[] = [
    (p) => /^(?:,|;|:|—|–|--)$/u.test(p.text),
    (p) => p.pos === 'SCONJ' || p.pos === 'CCONJ',
    // Not before "of": an "of" phrase completes its noun ("a vast array | of abuses").
    (p, k) =>
      p.pos === 'ADP' &&
      p.text.toLowerCase() !== 'of' &&
      ['NOUN', 'PROPN', 'ADV', 'PRON'].includes(visible[k - 1]!.pos),
  ];
  for (const boundary of boundaries) {
    let best = -1;
    for (let k = 4; k < visible.length; k++) {
      const p = visible[k]!;
      if (!boundary(p, k) || ((p.text === ',' || p.pos === 'CCONJ') && inList(visible, k))) continue;
      // A comma that opens an aside, or closes one with the verb straight after it, is inside the clause.
      if (
        p.text === ',' &&
        (opensAside(visible, k) || (clausal.has(visible[k + 1]?.pos ?? '') && !/ing$/u.test(visible[k + 1]!.text)))
      )
        continue;
      const prefix = visible.slice(0, k);
      const last = visible[k - 1]!;
      if (weakEnd.has(last.pos) || !isClause(prefix)) continue;
      // "the streets of Cairo, Alexandria | and beyond": a list cut short.
      if (visible[k - 2]?.text === ',' && inList(visible, k - 2)) continue;
      // A cut before a word that goes on a noun phrase ("in Mexico and 28 | states") splits it.
      if (p.pos !== 'PUNCT' && (last.pos === 'NUM' || last.pos === 'ADJ')) continue;
      // "The Muslim Brotherhood reported | that …": a verb of saying without what was said.
      if (
        clausal.has(last.pos) &&
        (attributionVerbs.has(last.lemma) || p.pos === 'SCONJ' || p.text.toLowerCase() === 'that')
      )
        continue;
      if (render(text, prefix).length <= headlineLength) best = k;
    }
    if (best !== -1) {
      for (const p of visible.slice(best)) p.keep = false;
      return true;
    }
  }
  return false;
}

/** Whether the last kept token dangles: an article, a conjunction, a preposition that is not a verb's particle, "said". */
function dangles(visible: readonly Piece[]): boolean {
  const last = visible.at(-1);
  if (!last) return false;
  if (last.pos === 'PUNCT') return last.text !== ')' && !/^["”’]$/u.test(last.text);
  // A verb's particle may end a headline ("stepped down"); a preposition may not ("to die for").
  if (last.pos === 'ADP') return !clausal.has(visible.at(-2)?.pos ?? '') || !particles.has(last.text.toLowerCase());
  return weakEnd.has(last.pos) || last.lemma === 'say';
}

/** A headline and whether the sentence had to be cut at a clause boundary to make it. */
function headlineCandidate(sentence: string, keepYear?: string): { text: string; cut: boolean } | undefined {
  const cleaned = sentence
    .trim()
    .replace(/^[”’»)\]]+\s*/u, '')
    .replace(capitalsRun, '')
    .replace(leadingDate, '')
    .replace(kicker, '');
  const text = cleaned;
  // Dates and times as the project's own tagger reads them (the reference day does not change a span).
  const spans = tagDates(text, '2000-01-01').filter((t) => t.type === 'DATE' || t.type === 'TIME');
  const pieces: Piece[] = analyse(text)
    .flatMap((s) => s.tokens)
    .map((t, i) => ({
      ...t,
      // A capitalised word inside the sentence is a name, whatever the model took it for ("Port Said").
      pos: i > 0 && t.pos === 'VERB' && /^\p{Lu}/u.test(t.text) ? 'PROPN' : t.pos,
      keep: true,
      // A background event's year is what places it: it stays in the headline.
      dated:
        (spans.some((d) => t.start >= d.start && t.end <= d.end) || t.entity === 'TIME') &&
        !(
          keepYear !== undefined &&
          spans.some((d) => t.start >= d.start && t.end <= d.end && text.slice(d.start, d.end).includes(keepYear))
        ),
    }));
  // "1425 local time": the words that place a clock time go with it.
  for (const [i, p] of pieces.entries())
    if (p.text === 'local' && pieces[i + 1]?.text === 'time' && pieces[i - 1]?.dated)
      p.dated = pieces[i + 1]!.dated = true;
  if (pieces.length === 0) return undefined;
  // Closing punctuation goes; a question is not a headline.
  while (pieces.length > 0 && /^[.!…"”’»]+$/u.test(kept(pieces).at(-1)?.text ?? '')) kept(pieces).at(-1)!.keep = false;
  if (/\?["”’»]*$/u.test(cleaned)) return undefined;
  dropOpening(pieces);
  dropAttribution(pieces);
  dropDates(pieces);
  dropAsides(pieces);
  dropOpening(pieces);
  dropAttribution(pieces);
  let cut = false;
  if (render(text, pieces).length > headlineLength) cut = cutAtClause(pieces, text);
  // Nothing may dangle at the end: "… the", "… said", a comma.
  for (let v = kept(pieces); dangles(v); v = kept(pieces)) v.at(-1)!.keep = false;
  const visible = kept(pieces);
  const title = render(text, pieces);
  const words = visible.filter((p) => p.pos !== 'PUNCT');
  if (words.length < 4 || title.length > headlineLength || !isClause(visible)) return undefined;
  const first = visible[0]!;
  if (
    pronounSubject.has(first.text.toLowerCase()) ||
    relativeWords.has(first.text.toLowerCase()) ||
    /^["“‘'«]/u.test(first.text)
  )
    return undefined;
  // A quote may be part of a headline, not all of it, and it must close.
  const quotes = title.match(/["“”]/gu)?.length ?? 0;
  if (quotes % 2 === 1 || /^\d{1,2}[:.]\d{2}\b|^\d{4}\b(?![,.]\d)/u.test(title)) return undefined;
  const inQuotes = title.match(/["“][^"”]*["”]/gu)?.join('').length ?? 0;
  if (inQuotes > title.length / 2) return undefined;
  if ((title.match(/\(/g)?.length ?? 0) !== (title.match(/\)/g)?.length ?? 0)) return undefined;
  return { text: title.charAt(0).toLocaleUpperCase() + title.slice(1), cut };
}

/**
 * A headline from a sentence in a language the parts-of-speech model does not read: the sentence
 * itself without its closing punctuation, or, when longer than `headlineLength`, its opening up to
 * the last clause punctuation that fits (",", "،", ";", ":", a dash). At least four words.
 */
export function clauseHeadline(sentence: string): { text: string; cut: boolean } | undefined {
  const whole = sentence
    .trim()
    .replace(/\s*\([^()]*\)/gu, '')
    .replace(/[.!…؟?"”’»]+$/u, '')
    .trim();
  const words = (t: string) => wordCount(t);
  if (/[?؟]$/u.test(sentence.trim())) return undefined;
  if (whole.length <= headlineLength) return words(whole) >= 4 ? { text: whole, cut: false } : undefined;
  let cut = '';
  for (const m of whole.matchAll(/[,،;:]\s|\s[-–—]\s/gu)) if (m.index <= headlineLength) cut = whole.slice(0, m.index);
  return words(cut) >= 4 ? { text: cut.trim(), cut: true } : undefined;
}

/**
 * A headline from a source sentence: what happened, who did it, at most `headlineLength`
 * characters; undefined when the sentence cannot give one.
 */
export function headlineFrom(sentence: string): string | undefined {
  return headlineCandidate(sentence)?.text;
}

/**
 * The headline of an event from its sentences, most representative first: of the headlines the
 * first ten make (and that differ from `taken`), the one that says most of what the sentences
 * say in common, by `weigh` (by default, the earliest); a whole sentence is preferred to a cut one
 * that weighs no more. A background event's headline keeps its year (`keepYear`) when a sentence
 * allows: "Gaddafi seized power in 1969", not the news the year was an aside to; when none does,
 * the event still gets the best headline without it. Undefined when no sentence makes a headline.
 */
export function chooseHeadline(
  sentences: readonly string[],
  taken: ReadonlySet<string> = new Set(),
  weigh: (headline: string) => number = () => 0,
  lang = 'en',
  keepYear?: string,
): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (const [rank, s] of sentences.slice(0, 10).entries()) {
    const h = lang === 'en' ? headlineCandidate(s, keepYear) : clauseHeadline(s);
    if (h && keepYear !== undefined && !h.text.includes(keepYear)) continue;
    if (h === undefined || taken.has(h.text.toLowerCase())) continue;
    // Ties go to the earlier sentence; a cut costs a little.
    const score = weigh(h.text) * (h.cut ? 0.9 : 1) - rank * 1e-6;
    if (best === undefined || score > best.score) best = { text: h.text, score };
  }
  if (best === undefined && keepYear !== undefined) return chooseHeadline(sentences, taken, weigh, lang);
  return best?.text;
}
