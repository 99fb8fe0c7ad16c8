import { toString } from 'mdast-util-to-string';
import { parseMdx } from '../mdx/parse-mdx.ts';

/**
 * The text of each top-level paragraph of an MDX body, in order: paragraph `n` (1-based) is the
 * one `rehypeParagraphIds` anchors as `#p-n` on the source page.
 */
export function sourceParagraphs(mdxBody: string): string[] {
  const tree = parseMdx(mdxBody);
  return tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
}

/** The text of an MDX body as a reader sees it, blocks joined by single spaces. */
export function plainText(mdxBody: string): string {
  const tree = parseMdx(mdxBody);
  return tree.children
    .filter((node) => node.type !== 'mdxjsEsm')
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
