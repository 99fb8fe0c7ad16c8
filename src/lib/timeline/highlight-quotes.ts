import type { Element, ElementContent, Root, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** A quoted passage in a paragraph's text, and the event that cites it (its page and title). */
export type QuoteRange = { start: number; end: number; href: string; label: string };

const parser = unified().use(rehypeParse, { fragment: true });

/**
 * Wraps the quoted passages of a paragraph's HTML in `<mark>` links to the events that cite
 * them. Offsets index the paragraph's text (its text nodes concatenated), so inline markup an
 * editor added is preserved and a passage crossing it is marked piece by piece.
 */
export function highlightQuotes(html: string, ranges: readonly QuoteRange[]): string {
  if (ranges.length === 0) return html;
  const tree = parser.parse(html) as Root;
  let offset = 0;
  const walk = (parent: Root | Element): void => {
    parent.children = parent.children.flatMap((node): ElementContent[] => {
      if (node.type === 'element') {
        // A link cannot hold another link: leave text inside existing links unmarked.
        if (node.tagName !== 'a') walk(node);
        else offset += textLength(node);
        return [node];
      }
      if (node.type !== 'text') return node.type === 'comment' ? [node] : [];
      const pieces = splitText(node, offset, ranges);
      offset += node.value.length;
      return pieces;
    }) as typeof parent.children;
  };
  walk(tree);
  return toHtml(tree);
}

function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  return node.type === 'element' ? node.children.reduce((n, c) => n + textLength(c), 0) : 0;
}

/** Splits one text node at range boundaries, marking the covered pieces. */
function splitText(node: Text, offset: number, ranges: readonly QuoteRange[]): ElementContent[] {
  const end = offset + node.value.length;
  const cuts = new Set([offset, end]);
  for (const r of ranges) for (const at of [r.start, r.end]) if (at > offset && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const out: ElementContent[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const value = node.value.slice(from - offset, to - offset);
    const covering = ranges.filter((r) => r.start <= from && r.end >= to);
    const first = covering[0];
    if (!first) {
      out.push({ type: 'text', value });
      continue;
    }
    // The words stay the link's text, so the paragraph reads the same to everyone; which events
    // cite it is listed after the paragraph.
    const mark: Element = { type: 'element', tagName: 'mark', properties: {}, children: [{ type: 'text', value }] };
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: first.href, className: ['quote-link'], dataEvents: covering.map((r) => r.label).join('; ') },
      children: [mark],
    });
  }
  return out;
}

/**
 * Marks the cited paragraphs of a source's HTML as rendered at content sync (`rehypeParagraphIds`
 * and `rehypeParagraphAnchors`): each paragraph `n` in `quotesByParagraph` gets the class `cited`
 * and its quoted passages highlighted, as `Paragraph.astro` does when the page renders the MDX.
 * The markup searched for is the renderer's own, and article text in it is escaped, so it cannot
 * be imitated by the text.
 */
export function markCitedParagraphs(
  html: string,
  quotesByParagraph: ReadonlyMap<number, readonly QuoteRange[]>,
): string {
  let out = html;
  for (const [n, ranges] of quotesByParagraph) {
    const open = `<p id="p-${n}" dir="auto">`;
    const start = out.indexOf(open);
    const end = start < 0 ? -1 : out.indexOf(`<a href="#p-${n}" class="paragraph-anchor"`, start);
    if (end < 0) throw new Error(`markCitedParagraphs: paragraph p-${n} is not in the rendered source`);
    const inner = out.slice(start + open.length, end);
    out = `${out.slice(0, start)}<p id="p-${n}" dir="auto" class="cited">${highlightQuotes(inner, ranges)}${out.slice(end)}`;
  }
  return out;
}
