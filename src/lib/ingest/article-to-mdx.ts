import type { BlockContent, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Block } from './article-structure.ts';

// mdast-util-mdx escapes `{`, `<` and every markdown construct, but not `import`/`export` at the
// start of a line, which MDX would run as JavaScript. These patterns make the serializer encode
// their first letter as a character reference (`&#x69;mport`), which renders as the plain word.
const esmUnsafe = [
  { character: 'i', atBreak: true, after: String.raw`mport\b` },
  { character: 'e', atBreak: true, after: String.raw`xport\b` },
];

/**
 * Serializes article blocks to an MDX body through remark's MDX serializer, so every character
 * that means something in MDX is escaped by the library that defines the syntax: the text a
 * reader sees is exactly the block text.
 */
export function blocksToMdx(blocks: readonly Block[]): string {
  const tree: Root = { type: 'root', children: blocks.map(toNode) };
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), { unsafe: esmUnsafe }] });
}

function toNode(block: Block): RootContent {
  const text = { type: 'text', value: block.text } as const;
  if (block.kind === 'heading') return { type: 'heading', depth: 2, children: [text] };
  const paragraph: Paragraph = { type: 'paragraph', children: [text] };
  if (block.kind === 'paragraph') return paragraph;
  const figcaption: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'figcaption',
    attributes: [],
    children: [paragraph as BlockContent],
  };
  return { type: 'mdxJsxFlowElement', name: 'figure', attributes: [], children: [figcaption] };
}
