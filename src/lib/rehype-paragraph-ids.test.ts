import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';

const el = (tagName: string, id?: string, children: Root['children'] = []) => ({
  type: 'element' as const,
  tagName,
  properties: id ? { id } : {},
  children: children as never,
});

describe('rehypeParagraphIds', () => {
  it('numbers top-level paragraphs only, skipping figures, headings and nested paragraphs', () => {
    const tree: Root = {
      type: 'root',
      children: [el('figure', undefined, [el('p')]), el('p'), el('h2', 'heading'), el('p')],
    };
    rehypeParagraphIds()(tree);
    expect(tree.children.map((n) => (n.type === 'element' ? [n.tagName, n.properties['id']] : null))).toEqual([
      ['figure', undefined],
      ['p', 'p-1'],
      ['h2', 'heading'],
      ['p', 'p-2'],
    ]);
  });

  it('leaves documents outside `include` alone', () => {
    const tree: Root = { type: 'root', children: [el('p')] };
    rehypeParagraphIds({ include: /\/content\/sources\// })(tree, { path: '/site/content/events/a.mdx' } as never);
    expect(tree.children.map((n) => (n.type === 'element' ? n.properties['id'] : null))).toEqual([undefined]);
    rehypeParagraphIds({ include: /\/content\/sources\// })(tree, { path: '/site/content/sources/a.mdx' } as never);
    expect(tree.children.map((n) => (n.type === 'element' ? n.properties['id'] : null))).toEqual(['p-1']);
  });

  it('moves a heading id that would clash with a paragraph anchor', () => {
    const tree: Root = { type: 'root', children: [el('h2', 'p-1'), el('p')] };
    rehypeParagraphIds()(tree);
    expect(tree.children.map((n) => (n.type === 'element' ? n.properties['id'] : null))).toEqual([
      'section-p-1',
      'p-1',
    ]);
  });
});
