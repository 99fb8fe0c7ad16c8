import { sha256 } from '../generated-stamp.ts';
import { blocksToMdx } from './article-to-mdx.ts';
import { readArticleStructure, type Block } from './article-structure.ts';
import { removeChrome } from './chrome.ts';
import { DEFAULT_MAX_PAGE_BYTES, decodeRawHtml } from './decode-html.ts';
import { controlsNote } from './decode-raw.ts';
import { detectLanguage } from '../text/language.ts';

/** The primary subtag of a BCP 47 tag: `en-GB` → `en`. */
const primaryLang = (lang: string) => lang.toLowerCase().split('-')[0] || 'en';
import { sentenceLoss, type IngestedArticle, type IngestFailure, type IngestOptions } from './ingest-article.ts';
import { DEFAULT_MAX_SENTENCE_LOSS } from './sentence-loss-limit.ts';
import type { Line } from './lines.ts';
import { countSentences, countWords } from './sentences.ts';
import { renderSourceFile, type SourceFrontmatter } from './source-file.ts';
import { readWebPage } from './read-web-page.ts';

/** Ingest options for a saved web page: what `content/raw/fetched.json` knows about it, if anything. */
export type PageOptions = IngestOptions & {
  /** The URL the page was fetched from, after redirects: the source's `url` when the page names none. */
  fetchedUrl?: string;
  /** The `Content-Type` the page was served with: its `charset` says how to read the bytes. */
  contentType?: string;
};

/**
 * The fewest words of article text, past the headline and standfirst, that a page must hold. A
 * paywall, a teaser or a page that loads its text with JavaScript shows a standfirst and a line
 * or two; the shortest real news items (briefs) run past a hundred words.
 */
export const MIN_PAGE_WORDS = 80;

/**
 * Turns one saved web page into a source MDX file. Metadata comes from the page's markup first
 * (JSON-LD, Open Graph, `<time>`, canonical link, `lang`); the text heuristics that read a plain
 * text article (dateline, byline, sign-off, standfirst, language) fill only what the markup lacks.
 * The article text comes from Readability, cleaned of chrome by the same rules as a text file,
 * and serialized as text through the same MDX serializer, so nothing of the page's markup or
 * script can reach the site. The raw HTML stays the provenance (`rawSha256` is of its bytes).
 */
export function ingestPage(bytes: Uint8Array, rawName: string, options: PageOptions): IngestedArticle | IngestFailure {
  const decoded = decodeRawHtml(bytes, options.maxBytes ?? DEFAULT_MAX_PAGE_BYTES, options.contentType);
  if (!decoded.ok) return decoded;
  const page = readWebPage(decoded.html, options.fetchedUrl);
  const { metadata: meta } = page;
  const notes = [...decoded.notes, ...(page.controls > 0 ? [controlsNote(page.controls)] : [])];

  // Each block of the page is one line to the text rules, numbered by its position in the page.
  const lines: Line[] = page.blocks.map((b, i) => ({ number: i + 1, text: b.text, gapBefore: i > 0 }));
  const total = countSentences(lines.map((l) => l.text).join('\n'));
  if (total === 0) {
    return {
      ok: false,
      reason: `the page has no sentences (no run of four or more words ending in . ! or ? in ${lines.length === 0 ? 'anything that reads as an article' : 'its article text'}): a photo gallery, a video or an index page has no article to ingest`,
    };
  }
  const { kept, removed } = removeChrome(lines);
  const loss = sentenceLoss(total, removed, options.maxSentenceLoss ?? DEFAULT_MAX_SENTENCE_LOSS);
  if (loss) return loss;

  // The text rules find a standfirst after the headline: when the article's text does not print
  // the headline the markup gives, it goes first, as it would in a text file (line 0, never body).
  const printsTitle = meta.title !== '' && kept.slice(0, 3).some((l) => same(l.text, meta.title));
  const input = meta.title && !printsTitle ? [{ number: 0, text: meta.title, gapBefore: false }, ...kept] : kept;
  const lang = meta.lang || detectLanguage(kept.map((l) => l.text).join('\n'), options.defaultLang);
  const structure = readArticleStructure(input, removed, primaryLang(lang));

  const title = meta.title || structure.title;
  const header = input.slice(0, 5);
  const leading = header.filter((l) => l.number !== 0 && !same(l.text, title)).slice(0, 2);
  // A description printed whole under the headline is the standfirst; many sites' description is
  // only the lede cut short, and then the lede stays the lede.
  const metaDek =
    meta.dek && (leading.some((l) => same(l.text, meta.dek)) || !leading.some((l) => isExcerpt(meta.dek, l.text)))
      ? meta.dek
      : '';
  const dek = metaDek || structure.dek;
  // The printed byline, in any language ("Par Claire Dumont (Moscou)"): a short line near the top
  // naming every author the markup names.
  const bylineLines = header.filter(
    (l) =>
      l.number !== 0 &&
      meta.authors.length > 0 &&
      countWords(l.text) <= 12 &&
      meta.authors.every((a) => l.text.toLowerCase().includes(a.toLowerCase())),
  );

  // The body is what the text rules kept, plus any line they took as headline or standfirst that
  // the markup's choice leaves over; never the headline, standfirst or byline themselves.
  const inBody = new Set(structure.blocks.map((b) => b.line));
  const consumed = new Set(structure.metadataLines.map((r) => r.line.number));
  const kindOf = new Map(structure.blocks.map((b) => [b.line, b.kind]));
  const body: Block[] = input
    .filter((l) => l.number !== 0 && (inBody.has(l.number) || !consumed.has(l.number)))
    .filter((l) => !bylineLines.includes(l))
    .filter((l) => !header.includes(l) || (!same(l.text, title) && !(dek && same(l.text, dek))))
    .map((l) => {
      const shaped = page.blocks[l.number - 1]!.kind;
      // The markup says what is a heading or a caption; the text rules may add a photo credit.
      const kind = shaped === 'paragraph' && kindOf.get(l.number) === 'caption' ? 'caption' : shaped;
      return { kind, text: l.text, line: l.number };
    });

  const words = countWords(
    body
      .filter((b) => b.kind !== 'caption')
      .map((b) => b.text)
      .join('\n'),
  );
  if (words < MIN_PAGE_WORDS) {
    return {
      ok: false,
      reason: `too little article text: ${words} word${words === 1 ? '' : 's'} besides the headline and standfirst, where the shortest news item has ${MIN_PAGE_WORDS}${meta.paywalled ? ', and the page marks itself as for subscribers only' : ''}. A paywall, a teaser or a page that loads its text with JavaScript shows no more: save the page once the whole article shows, or paste its text into a .txt file`,
    };
  }
  if (!body.some((b) => b.kind === 'paragraph'))
    return { ok: false, reason: 'no article paragraphs are left after cleaning' };

  const url = meta.url || fetchedUrl(options.fetchedUrl);
  const frontmatter: SourceFrontmatter = {
    title,
    titleDrafted: !meta.title && structure.titleDrafted,
    dek,
    published: meta.published || structure.published,
    ...(meta.modified ? { modified: meta.modified } : {}),
    publisher: meta.publisher || structure.publisher,
    byline: meta.authors.length > 0 ? `By ${listNames(meta.authors)}` : page.byline || structure.byline,
    lang,
    ...(url ? { url } : {}),
    raw: rawName,
    rawSha256: sha256(bytes),
    words,
  };
  if (!meta.url && frontmatter.url)
    notes.push('the page names no canonical URL: url is the address it was fetched from');
  const allRemoved = [
    ...removed,
    ...structure.metadataLines,
    ...bylineLines.filter((l) => !consumed.has(l.number)).map((line) => ({ line, rule: 'byline' })),
  ].sort((a, b) => a.line.number - b.line.number);
  return {
    ok: true,
    frontmatter,
    blocks: body,
    mdx: renderSourceFile(frontmatter, blocksToMdx(body)),
    removed: allRemoved,
    notes: [...notes, ...structure.notes],
  };
}

/** Letters and digits only, lower-cased: two texts that differ only in case, spacing or punctuation are the same. */
function same(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return key(a) === key(b);
}

/** Whether `description` is `paragraph` or its beginning, perhaps cut short with an ellipsis. */
function isExcerpt(description: string, paragraph: string): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const start = key(description.replace(/(?:…|\.\.\.)\s*$/, ''));
  return start.length > 0 && key(paragraph).startsWith(start);
}

/** Names as a byline reads them: `A`, `A and B`, `A, B and C`. */
function listNames(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The fetched-from URL when it is an absolute http(s) URL, else empty. */
function fetchedUrl(url: string | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '';
  } catch {
    return '';
  }
}
