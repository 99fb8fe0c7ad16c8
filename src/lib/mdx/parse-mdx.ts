import type { Root } from 'mdast';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Parses an MDX body (no frontmatter) into mdast, with MDX's syntax: JSX, expressions, ESM, its escapes. */
export function parseMdx(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}
