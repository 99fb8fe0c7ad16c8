import type { Removed } from './chrome.ts';
import type { Line } from './lines.ts';
import { inferYear, latestYearIn, readDateAt, readLocalDateline, weekdayOf } from './published-date.ts';

/** A block of article text, in reading order. */
export type Block = { kind: 'paragraph' | 'heading' | 'caption'; text: string; line: number };

/** What ingest reads from an article's text; every field is found in the text or left empty. */
export type ArticleStructure = {
  title: string;
  titleDrafted: boolean;
  dek: string;
  published: string;
  publisher: string;
  byline: string;
  blocks: Block[];
  /** Lines consumed as metadata (dateline, byline, sign-off…), reported like removed chrome. */
  metadataLines: Removed[];
  notes: string[];
};

/** How many leading lines can hold headline, dek, dateline and byline. */
const HEADER_LINES = 8;

const sentenceEnd = /[.!?…]["”’)\]]*$/;
const anyClosingPunctuation = /[.!?…:;,"”’)\]]$/;
// "… / AP", "… / Getty Images": a photo credit after a slash; or "Photo: …" / "(Photo: …)".
const captionShape = /(\s\/\s*[A-Z][\p{L}.&' -]{1,40}$)|(^\(?(photo|image|picture|credit|photo credit)\s*:)/iu;
const datePrefix = /^(?:date|dateline|published|posted|updated|last updated)(?:\s+on)?\s*:?\s+/i;

const words = (t: string): number => t.split(' ').length;
const isCaption = (t: string): boolean => captionShape.test(t) && !/^\p{Ll}/u.test(t);
// A capital, or a letter of a script without case (Arabic, Hebrew), opens a headline.
const isHeadingLike = (t: string): boolean =>
  words(t) <= 25 && !/[.,;:،]$/u.test(t) && /^[\p{Lu}\p{Lo}\p{N}"“‘'«]/u.test(t);
const isSectionLabel = (t: string): boolean => words(t) <= 3 && /^[\p{Lu}\s&-]+$/u.test(t) && /\p{Lu}{2}/u.test(t);

/**
 * Reads headline, standfirst, dateline, byline, sign-off and body blocks (paragraphs, section
 * headings, photo captions) from an article's cleaned lines. `removed` (the chrome taken out)
 * is consulted only for positions of repeated headlines and for a contact e-mail domain. In a
 * language other than English (`lang`) the date tagger reads datelines the English shapes miss.
 */
export function readArticleStructure(
  lines: readonly Line[],
  removed: readonly Removed[],
  lang = 'en',
): ArticleStructure {
  const metadataLines: Removed[] = [];
  const notes: string[] = [];
  const consume = (line: Line, rule: string): void => void metadataLines.push({ line, rule });
  let published = '';
  let publishedWeekday: number | undefined;
  let byline = '';
  let bylinePublisher = '';
  const allText = [...lines, ...removed.map((r) => r.line)].map((l) => l.text).join('\n');

  // 1. Header zone: datelines, bylines and section labels, possibly sharing a line with text.
  const rest: Line[] = [];
  lines.forEach((line, i) => {
    if (i >= HEADER_LINES) return void rest.push(line);
    let text = line.text;
    const prefix = datePrefix.exec(text);
    const date =
      readDateAt(prefix ? text.slice(prefix[0].length) : text) ??
      (lang === 'en' ? undefined : readLocalDateline(prefix ? text.slice(prefix[0].length) : text, lang));
    if (date && date.value && (prefix || isWholeLine(text, date.length))) {
      if (!published) ({ value: published, weekday: publishedWeekday } = date);
      consume({ ...line, text: text.slice(0, (prefix?.[0].length ?? 0) + date.length) }, 'dateline');
      text = text.slice((prefix?.[0].length ?? 0) + date.length).replace(/^[\s,|·-]+/, '');
      if (text === '') return;
    }
    const by = /^by\s+(.+)$/i.exec(text);
    if (by && words(text) <= 14 && !byline) {
      const found = findDate(by[1]!);
      const who = (found ? by[1]!.slice(0, found.index) : by[1]!).replace(/[\s,|·-]+$/, '');
      if (found && !published) ({ value: published, weekday: publishedWeekday } = found.date);
      byline = `By ${who}`;
      bylinePublisher = who;
      consume(line, 'byline');
      return;
    }
    if (i < 3 && isSectionLabel(text) && lines.length > 3) return void consume({ ...line, text }, 'section label');
    rest.push(text === line.text ? line : { ...line, text });
  });

  // 2. Headline and standfirst: the first text line if it reads like a headline, then the line
  //    after it if it sits inside the header (before the dateline/byline/repeated headline) or
  //    is an unpunctuated teaser.
  const markers = [...metadataLines, ...removed.filter((r) => r.rule === 'repeated line')].map((r) => r.line.number);
  const headerEnd = Math.max(0, ...markers.filter((n) => n <= (lines[HEADER_LINES - 1]?.number ?? Infinity)));
  const textLines = rest.filter((l) => !isCaption(l.text));
  let title = '';
  let dek = '';
  const first = textLines[0];
  if (first && isHeadingLike(first.text) && textLines.length > 1) {
    title = first.text;
    const second = textLines[1];
    if (
      second &&
      textLines.length > 2 &&
      ((second.number < headerEnd && words(second.text) <= 60) ||
        (!anyClosingPunctuation.test(second.text) && words(second.text) >= 6 && words(second.text) <= 40))
    ) {
      dek = second.text;
    }
  }
  let body = rest.filter((l) => l.text !== title || l !== first).filter((l) => !dek || l !== textLines[1]);

  // 3. Sign-off: a short unpunctuated last line ("AA", "Eurasia Press & News") names the publisher.
  let publisher = '';
  const last = body.at(-1);
  if (
    last &&
    body.length > 1 &&
    words(last.text) <= 6 &&
    !anyClosingPunctuation.test(last.text) &&
    !isCaption(last.text)
  ) {
    publisher = last.text.replace(/^[\s(—–-]+|[\s)]+$/g, '');
    consume(last, 'sign-off');
    body = body.slice(0, -1);
  }
  publisher ||= bylinePublisher || (/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/.exec(allText)?.[1] ?? '');

  // 4. Body blocks: captions, short unpunctuated lines between paragraphs as headings, paragraphs.
  const blocks: Block[] = body.map((line, i) => {
    const next = body[i + 1];
    if (isCaption(line.text)) return { kind: 'caption', text: line.text, line: line.number };
    const heading =
      i > 0 &&
      next !== undefined &&
      words(line.text) <= 10 &&
      !anyClosingPunctuation.test(line.text) &&
      /^[\p{Lu}\p{Lo}\p{N}]/u.test(line.text) &&
      sentenceEnd.test(next.text);
    return { kind: heading ? 'heading' : 'paragraph', text: line.text, line: line.number };
  });

  // 5. A date only the body gives ("on Wednesday, 28 January"): the latest weekday-dated mention.
  if (!published) {
    const found = latestWeekdayDate(blocks.map((b) => b.text).join('\n'), latestYearIn(allText));
    if (found) ({ value: published, weekday: publishedWeekday } = found);
  }
  if (published && publishedWeekday !== undefined && weekdayOf(published) !== publishedWeekday) {
    notes.push(`the dateline's weekday does not match ${published}; check the published date`);
  }

  let titleDrafted = false;
  if (!title) {
    const lede = blocks.find((b) => b.kind === 'paragraph');
    if (lede) {
      title = draftTitle(lede.text);
      titleDrafted = true;
    }
  }
  return { title, titleDrafted, dek, published, publisher, byline, blocks, metadataLines, notes };
}

/** A date covering all of `text` but for trailing punctuation. */
function isWholeLine(text: string, length: number): boolean {
  return /^[\s,.|·-]*$/.test(text.slice(length));
}

/** The first date found at a word boundary in `text`, with its index. */
function findDate(text: string): { date: { value: string; weekday?: number }; index: number } | undefined {
  for (const m of text.matchAll(/(?:^|\s)(?=\S)/g)) {
    const index = m.index + m[0].length;
    const date = readDateAt(text.slice(index));
    if (date?.value) return { date, index };
  }
  return undefined;
}

/** The latest date in `text` written with a weekday, completing a missing year from `nearYear`. */
function latestWeekdayDate(text: string, nearYear: number | undefined): { value: string; weekday: number } | undefined {
  let best: { value: string; weekday: number } | undefined;
  for (const m of text.matchAll(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi)) {
    const date = readDateAt(text.slice(m.index));
    if (!date || date.weekday === undefined) continue;
    let value = date.value;
    if (date.needsYear) {
      const y = inferYear(date.needsYear.month, date.needsYear.day, date.weekday, nearYear);
      if (y === undefined) continue;
      value = `${y}-${String(date.needsYear.month).padStart(2, '0')}-${String(date.needsYear.day).padStart(2, '0')}`;
    }
    if (!best || value > best.value) best = { value, weekday: date.weekday };
  }
  return best;
}

/** Drafts a headline from the lede: its first sentence, cut to 18 words with an ellipsis. */
export function draftTitle(lede: string): string {
  const sentence = (/^.+?[.!?](?=\s+[\p{Lu}"“]|$)/u.exec(lede)?.[0] ?? lede).replace(/[.!?]$/, '');
  const w = sentence.split(' ');
  return w.length <= 18
    ? sentence
    : `${w
        .slice(0, 18)
        .join(' ')
        .replace(/[\s,;:—–-]+$/, '')}…`;
}
