import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Gives a source's paragraphs what `Paragraph.astro` gives them when the page renders the MDX
 * itself: `dir="auto"` on every paragraph (a right-to-left one takes its direction from its own
 * text) and, on each numbered one (`rehypeParagraphIds`), a ¶ link to itself. Used where the body
 * is rendered once at content sync instead (`src/loaders/prose-glob.ts`); the markup is the same.
 */
export function rehypeParagraphAnchors() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p') return;
      const { id, ...rest } = node.properties;
      const number = typeof id === 'string' ? /^p-(\d+)$/.exec(id)?.[1] : undefined;
      node.properties = number ? { id, dir: 'auto', ...rest } : { dir: 'auto', ...rest };
      if (number)
        node.children.push({
          type: 'element',
          tagName: 'a',
          properties: { href: `#${id}`, className: ['paragraph-anchor'], ariaLabel: `Link to paragraph ${number}` },
          children: [],
        });
    });
  };
}
