import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { stripControls } from './decode-raw.ts';
import { readPageMetadata, type PageMetadata } from './page-metadata.ts';

/** A block of a page's article text, as its markup shapes it. */
export type PageBlock = { kind: 'paragraph' | 'heading' | 'caption'; text: string };

/** What a saved web page holds: its markup's metadata and its article as text blocks. */
export type WebPage = {
  metadata: PageMetadata;
  /** The article's text, block by block; empty when Readability found no article. */
  blocks: PageBlock[];
  /** The byline Readability found in the page's text (an element marked as one), when the markup names no author. */
  byline: string;
  /** Control characters removed from the text. */
  controls: number;
};

// Elements whose content is never article text a reader sees.
const skipped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'source',
  'button',
  'input',
  'select',
  'textarea',
  'form',
  'nav',
  'head',
]);
// Phrasing elements: their text runs on within the block around them.
const inline = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Reads a saved web page: its metadata from the markup ({@link readPageMetadata}), then its article
 * text through Mozilla's Readability (the extractor of Firefox's Reader View) over a linkedom
 * document, as blocks: paragraphs (`p`, list items, quotations), headings (`h1`–`h6`) and
 * captions (`figcaption`). Only text is taken: no element, attribute or URL of the page survives.
 */
export function readWebPage(html: string, pageUrl?: string): WebPage {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document, pageUrl);
  // `serializer` hands back the article element itself instead of an HTML string to parse again.
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const blocks: PageBlock[] = [];
  let controls = 0;
  if (article?.content) {
    const raw: PageBlock[] = [];
    collectBlocks(article.content, 'paragraph', raw);
    for (const block of raw) {
      const stripped = stripControls(block.text);
      controls += stripped.count;
      const text = stripped.text.replace(/\s+/g, ' ').trim();
      if (text !== '') blocks.push({ kind: block.kind, text });
    }
  }
  return { metadata, blocks, byline: article?.byline?.replace(/\s+/g, ' ').trim() ?? '', controls };
}

/**
 * Walks an element's children in order, turning each block element into a block of `kind` (or a
 * heading or caption) and each run of text and phrasing elements between blocks into another.
 */
function collectBlocks(parent: Node, kind: PageBlock['kind'], out: PageBlock[]): void {
  let run = '';
  const flush = (): void => {
    if (run.trim() !== '') out.push({ kind, text: run });
    run = '';
  };
  for (const node of parent.childNodes) {
    if (node.nodeType === 3) {
      run += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (skipped.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'br') {
      // Many sites separate paragraphs with <br> instead of <p>.
      flush();
    } else if (inline.has(tag) && !hasBlockDescendant(el)) {
      const text = phrasingText(el);
      run += tag === 'q' ? `“${text}”` : text;
    } else {
      flush();
      collectBlocks(el, headings.has(tag) ? 'heading' : tag === 'figcaption' ? 'caption' : kind, out);
    }
  }
  flush();
}

/** The text of a phrasing element, leaving out what {@link collectBlocks} skips. */
function phrasingText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      const tag = child.tagName.toLowerCase();
      if (tag === 'br') text += ' ';
      else if (!skipped.has(tag) && !child.hasAttribute('hidden')) text += phrasingText(child);
    }
  }
  return text;
}

function hasBlockDescendant(el: Element): boolean {
  for (const child of el.children) {
    const tag = child.tagName.toLowerCase();
    if (tag !== 'br' && !skipped.has(tag) && (!inline.has(tag) || hasBlockDescendant(child))) return true;
  }
  return false;
}

/** The headline a page's markup gives ({@link readPageMetadata}), without extracting its article. */
export function readPageTitle(html: string): string {
  return readPageMetadata(parseHTML(html).document).title;
}
