import { createProcessor } from '@mdx-js/mdx';
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';

/**
 * Compiles an MDX body with @mdx-js/mdx (the compiler Astro's MDX integration runs, with the
 * same options: no GFM, no smart quotes) and returns the rendered blocks and any non-text
 * constructs (ESM, expressions, JSX other than captions) the body produced.
 */
export async function renderMdxBody(
  mdx: string,
): Promise<{ blocks: { tag: string; text: string }[]; foreign: string[] }> {
  let hast: Root | undefined;
  const processor = createProcessor({
    format: 'mdx',
    rehypePlugins: [() => (tree: Root) => void (hast = structuredClone(tree))],
  });
  const foreign: string[] = [];
  const mdast = processor.parse(mdx);
  for (const node of mdast.children) {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') foreign.push(node.type);
  }
  // run() is typed for the compiled tree; it accepts the parsed mdast and runs remark → rehype → recma.
  await processor.run(mdast as never);
  const blocks: { tag: string; text: string }[] = [];
  const visit = (nodes: readonly (ElementContent | Root['children'][number])[]): void => {
    for (const node of nodes) {
      if (node.type === 'element')
        blocks.push({ tag: node.tagName, text: toText(node as Element, { whitespace: 'pre' }) });
      else if (node.type === 'mdxJsxFlowElement' && node.name === 'figure') {
        const caption = node.children.find((c) => c.type === 'mdxJsxFlowElement' && c.name === 'figcaption');
        const text =
          caption && 'children' in caption
            ? caption.children.map((c) => (c.type === 'element' ? toText(c, { whitespace: 'pre' }) : '')).join('')
            : '';
        blocks.push({ tag: 'figcaption', text });
      } else if (node.type !== 'text' || node.value.trim() !== '') foreign.push(node.type);
    }
  };
  visit(hast!.children);
  return { blocks, foreign };
}
