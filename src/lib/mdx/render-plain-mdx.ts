import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { toHast, type Handler } from 'mdast-util-to-hast';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { parseMdx } from './parse-mdx.ts';

/**
 * The mdast nodes of plain prose: what ingest, `npm run extract`, the review form and an editor's
 * summary produce, plus the attribute-less HTML blocks ingest writes as JSX (`<figure>`,
 * `<figcaption>`). Anything else (components, attributes, expressions, imports, images, code
 * blocks, references) needs @astrojs/mdx's own pipeline (components, image imports, syntax
 * highlighting), so such a body is left to it.
 */
const plainNodes = new Set<Nodes['type']>([
  'root',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'link',
  'break',
  'inlineCode',
  'list',
  'listItem',
  'blockquote',
  'thematicBreak',
  'heading',
  'mdxJsxFlowElement',
]);
const htmlBlocks = new Set(['figure', 'figcaption']);

export type RenderedMdx = { html: string; metadata: { headings: MarkdownHeading[] } };
export type PlainMdxRenderer = (body: string, path?: string) => RenderedMdx | undefined;

/**
 * Renders an MDX body made only of plain prose to the HTML @astrojs/mdx would render for it, byte
 * for byte, or undefined when the body uses more of MDX than prose (the caller then lets the MDX
 * integration compile it). This lets the content layer render such bodies once, when content is
 * synced, and cache them, instead of each becoming a module Vite bundles on every build.
 *
 * The parse is MDX's (the same escapes, the same syntax errors); mdast → hast is remark-rehype's;
 * only the serialization is ours: MDX's output is rendered by Astro, whose escaping of text
 * (`'` → `&#39;`, `>` → `&gt;`) no hast serializer reproduces, so text is escaped with Astro's own
 * `escapeHTML` and the rest left to hast-util-to-html, set to Astro's attribute escaping and void elements.
 */
export function createPlainMdxRenderer(options: { rehypePlugins?: PluggableList } = {}): PlainMdxRenderer {
  // The configured rehype plugins, then heading ids (collected as metadata): @astrojs/mdx's order.
  const rehype = unified()
    .use(options.rehypePlugins ?? [])
    .use(rehypeHeadingIds);
  return (body, path) => {
    let tree: Root;
    try {
      tree = parseMdx(body);
    } catch {
      return undefined; // Invalid MDX: let @astrojs/mdx report it, with its position, as it always has.
    }
    if (!isPlain(tree)) return undefined;
    const hast = toHast(tree, { handlers: { mdxJsxFlowElement: htmlBlock } }) as HastRoot;
    const file = new VFile({ path });
    rehype.runSync(hast, file);
    return serialize(hast, file);
  };
}

/** Renders plain prose with no rehype plugins of its own (see `createPlainMdxRenderer`). */
export const renderPlainMdx: PlainMdxRenderer = createPlainMdxRenderer();

function serialize(hast: HastRoot, file: VFile): RenderedMdx {
  escapeText(hast);
  const html = toHtml(hast, {
    allowDangerousHtml: true,
    // Astro's attribute escaping: `&` and `"` only, as named references; void elements as `<hr/>`.
    allowParseErrors: true,
    allowDangerousCharacters: true,
    characterReferences: { useNamedReferences: true },
    closeSelfClosing: true,
    tightSelfClosing: true,
  });
  const headings = ((file.data['astro'] as { headings?: MarkdownHeading[] } | undefined)?.headings ?? []).slice();
  return { html, metadata: { headings } };
}

function isPlain(node: Nodes): boolean {
  if (!plainNodes.has(node.type)) return false;
  if (node.type === 'mdxJsxFlowElement' && !(htmlBlocks.has(node.name ?? '') && node.attributes.length === 0))
    return false;
  return !('children' in node) || node.children.every(isPlain);
}

/** An attribute-less HTML block written as JSX: the element itself, its children as Astro renders them (no line breaks added). */
const htmlBlock: Handler = (state, node: MdxJsxFlowElement) => ({
  type: 'element',
  tagName: node.name!,
  properties: {},
  children: state.all(node),
});

/** Replaces each text node by the raw HTML Astro's renderer would write for it. */
function escapeText(node: HastNodes): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) =>
    child.type === 'text' ? { type: 'raw', value: escapeHTML(child.value) } : (escapeText(child), child),
  ) as typeof node.children;
}

/** This renderer's own code, for caches of its output to key on (with the plugins' and the packages'). */
export const rendererSource = [createPlainMdxRenderer, serialize, isPlain, htmlBlock, escapeText]
  .map(String)
  .join('\n');
