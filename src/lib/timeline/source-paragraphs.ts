import { mdxFromMarkdown } from 'mdast-util-mdx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * The text of each top-level paragraph of an MDX body, in order: paragraph `n` (1-based) is the
 * one `rehypeParagraphIds` anchors as `#p-n` on the source page.
 */
export function sourceParagraphs(mdxBody: string): string[] {
  const tree = fromMarkdown(mdxBody, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  return tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
}

/** The text of an MDX body as a reader sees it, blocks joined by single spaces. */
export function plainText(mdxBody: string): string {
  const tree = fromMarkdown(mdxBody, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  return tree.children
    .filter((node) => node.type !== 'mdxjsEsm')
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
