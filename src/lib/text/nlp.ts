/**
 * The project's one natural-language toolkit: wink-nlp with its English model
 * (wink-eng-lite-web-model) segments sentences, tokenizes and tags parts of speech and entities.
 * Every other module reaches it through this file, so ingest, the date tagger and extract share one
 * sentence segmenter and one tokenizer. The model is loaded once, on first use.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A token with its place in the analysed text and its part of speech (Universal Dependencies tag). */
export type Token = {
  text: string;
  start: number;
  end: number;
  /** `NOUN`, `PROPN`, `VERB`, `AUX`, `PRON`, `ADP`, `PUNCT`, … (`X` where the text was not tagged). */
  pos: string;
  /** The dictionary form ("said" → "say"), lower case. */
  lemma: string;
  /** Set on tokens inside an entity the model knows: `DATE`, `TIME`, `CARDINAL`, `ORDINAL`, `MONEY`, `PERCENT`, … */
  entity?: string;
};

/** A sentence: its offsets in the analysed text, its text and its tokens. */
export type Sentence = { start: number; end: number; text: string; tokens: Token[] };

let segmenter: WinkMethods | undefined;
let tagger: WinkMethods | undefined;

// Two instances of one model: segmenting alone is a third cheaper than the whole pipeline, and
// ingest and the date tagger need only sentences.
const segmenterNlp = (): WinkMethods => (segmenter ??= winkNLP(model, ['sbd']));
const taggerNlp = (): WinkMethods => (tagger ??= winkNLP(model, ['sbd', 'pos', 'ner']));

// wink's model knows English abbreviations; in other scripts a sentence must not end on an
// initial ("В. В. Путин") and the Arabic question mark ends one.
const initialEnd = /(?:^|\s)\p{Lu}\.$/u;
const arabicQuestion = /(?<=[؟])\s+/u;

type Span = { start: number; end: number; tokens: Token[] };

/** Sentences of one line, as token spans with character offsets relative to the line. */
function analyseLine(line: string, nlp: WinkMethods, tagged: boolean): Span[] {
  const its = nlp.its;
  const doc = nlp.readDoc(line);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = tagged ? (doc.tokens().out(its.pos) as string[]) : [];
  const lemmas = tagged ? (doc.tokens().out(its.lemma) as string[]) : [];
  const tokens: Token[] = [];
  let at = 0;
  for (const [i, value] of values.entries()) {
    at += spaces[i]!.length;
    // wink keeps every character but normalises none; guard anyway so offsets always index the line.
    const found = line.startsWith(value, at) ? at : line.indexOf(value, at);
    const start = found === -1 ? at : found;
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
    });
    at = start + value.length;
  }
  if (tagged) {
    doc.entities().each((e) => {
      const [from, to] = e.out(its.span) as unknown as [number, number];
      const type = e.out(its.type) as string;
      for (let i = from; i <= to; i++) tokens[i]!.entity = type;
    });
  }
  const spans: Span[] = [];
  doc.sentences().each((s) => {
    const [from, to] = s.out(its.span) as unknown as [number, number];
    const own = tokens.slice(from, to + 1);
    if (own.length > 0) spans.push({ start: own[0]!.start, end: own.at(-1)!.end, tokens: own });
  });
  return spans;
}

/** Joins a sentence that ends on an initial with the next one, and splits after an Arabic question mark. */
function repair(line: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of spans) {
    const previous = joined.at(-1);
    if (previous && initialEnd.test(line.slice(previous.start, previous.end)))
      joined[joined.length - 1] = {
        start: previous.start,
        end: span.end,
        tokens: [...previous.tokens, ...span.tokens],
      };
    else joined.push(span);
  }
  return joined.flatMap((span) => {
    const text = line.slice(span.start, span.end);
    if (!arabicQuestion.test(text)) return [span];
    const parts: Span[] = [];
    let from = span.start;
    for (const m of text.matchAll(new RegExp(arabicQuestion, 'gu'))) {
      const end = span.start + m.index;
      parts.push({ start: from, end, tokens: span.tokens.filter((t) => t.start >= from && t.end <= end) });
      from = end + m[0].length;
    }
    parts.push({ start: from, end: span.end, tokens: span.tokens.filter((t) => t.start >= from) });
    return parts;
  });
}

function analyseText(text: string, tagged: boolean): Sentence[] {
  const nlp = tagged ? taggerNlp() : segmenterNlp();
  const sentences: Sentence[] = [];
  let offset = 0;
  // A line break always ends a sentence: headings, datelines and list items stand on their own lines.
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      for (const span of repair(line, analyseLine(line, nlp, tagged))) {
        const shift = (t: Token): Token => ({ ...t, start: t.start + offset, end: t.end + offset });
        sentences.push({
          start: span.start + offset,
          end: span.end + offset,
          text: line.slice(span.start, span.end),
          tokens: span.tokens.map(shift),
        });
      }
    }
    offset += line.length + 1;
  }
  return sentences;
}

/**
 * The sentences of a text, each with its tokens tagged for part of speech and entities (English
 * model; in other languages the tags are rough, the sentences and tokens sound).
 */
export function analyse(text: string): Sentence[] {
  return analyseText(text, true);
}

let lastText: string | undefined;
let lastSpans: Sentence[] = [];

/**
 * The sentences of a text, with their tokens (untagged). The last text's answer is kept, since
 * the date tagger asks for the sentence around each expression of one text in turn.
 */
export function segment(text: string): Sentence[] {
  if (text !== lastText) {
    lastSpans = analyseText(text, false);
    lastText = text;
  }
  return lastSpans;
}
