/**
 * Spaces around inline elements in the site's own text, as a browser lays it out. Astro drops
 * whitespace between a line's end and an element on the next line (`compressHTML: 'jsx'`), so
 * "comes from.{' '}<strong>5</strong>" loses its space unless written out; and horizontal padding
 * on an element right before a full stop looks like a stray space ("like this ."). Article text
 * (`.prose`), event summaries and quotes are the content's own and are left out (`spacingIgnored`).
 * `inline-spacing.spec.ts` tests the check itself; `page-crawl.spec.ts` runs it on every page.
 */

/** Problems at the edges of every inline element of the page, outside `ignore`. Self-contained: it runs in the page. */
export function spacingProblems(ignore: string): string[] {
  const problems: string[] = [];
  // A word (or the end of a sentence) must not touch the next word without a space.
  const endsWord = /[\p{L}\p{N}.,;:!?)\]]$/u;
  const startsWord = /^[\p{L}\p{N}([]/u;
  const punctuation = /^[.,;:!?)\]]/;
  const isInline = (node: Node): node is Element =>
    node instanceof Element && getComputedStyle(node).display.startsWith('inline') && node.getClientRects().length > 0;
  const textOf = (node: Node): string => node.textContent ?? '';
  /** The nearest sibling that holds text (comments and empty text skipped), or undefined at a block edge. */
  const sibling = (node: Node, direction: 'previousSibling' | 'nextSibling'): Node | undefined => {
    let current = node[direction];
    while (current && (current.nodeType === Node.COMMENT_NODE || textOf(current) === '')) current = current[direction];
    if (!current) return undefined;
    if (current.nodeType === Node.TEXT_NODE || isInline(current)) return current;
    return undefined;
  };
  const excerpt = (before: string, element: Element, after: string) =>
    `"${before.slice(-20)}[<${element.localName}>${textOf(element).slice(0, 30)}</${element.localName}>]${after.slice(0, 20)}"`;

  for (const element of document.body.querySelectorAll('*')) {
    if (element.closest(ignore) || !isInline(element)) continue;
    const text = textOf(element);
    if (text.trim() === '') continue;
    const before = sibling(element, 'previousSibling');
    const after = sibling(element, 'nextSibling');
    const beforeText = before ? textOf(before) : '';
    const afterText = after ? textOf(after) : '';
    if (endsWord.test(beforeText) && startsWord.test(text)) {
      problems.push(`no space before the element: ${excerpt(beforeText, element, afterText)}`);
    }
    if (endsWord.test(text) && startsWord.test(afterText)) {
      problems.push(`no space after the element: ${excerpt(beforeText, element, afterText)}`);
    }
    if (
      /\s$/.test(text + afterText.match(/^\s*/)![0]) &&
      punctuation.test(afterText.trimStart()) &&
      after?.nodeType === Node.TEXT_NODE
    ) {
      problems.push(`a space before punctuation: ${excerpt(beforeText, element, afterText)}`);
    }
    if (punctuation.test(afterText)) {
      const style = getComputedStyle(element);
      const gap =
        parseFloat(style.paddingInlineEnd) + parseFloat(style.marginInlineEnd) + parseFloat(style.borderInlineEndWidth);
      if (gap >= 2)
        problems.push(
          `${gap}px of padding, margin or border before punctuation reads as a space: ${excerpt(beforeText, element, afterText)}`,
        );
    }
  }
  return problems;
}

/** What the spacing check leaves out: the content's own text, and what is not laid out. */
export const spacingIgnored = '.prose, .event-summary, blockquote, script, style, noscript, template';
