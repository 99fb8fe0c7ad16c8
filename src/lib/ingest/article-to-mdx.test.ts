import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToMdx } from './article-to-mdx.ts';
import type { Block } from './article-structure.ts';
import { renderMdxBody } from './render-mdx-text.test-helper.ts';

/** Text as cleaning leaves it: one line, whitespace collapsed, no control characters. */
const asCleaned = (s: string): string =>
  s
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// Fragments that mean something to MDX, markdown, HTML or JavaScript, mixed into arbitrary text.
const hostile = fc.constantFrom(
  '{',
  '}',
  '<',
  '>',
  '#',
  '> ',
  '* ',
  '- ',
  '+ ',
  '1. ',
  '2) ',
  '|',
  '\\',
  '`',
  '```',
  '~~~',
  '_',
  '*',
  '**',
  '[',
  ']',
  '(',
  ')',
  '!',
  'import ',
  'export ',
  'import x from "y"',
  'export const x = 1',
  '<!-- c -->',
  '<script>alert(1)</script>',
  '{process.exit()}',
  '&amp;',
  '&#65;',
  '&lt;',
  '---',
  '===',
  '    ',
  '🎉',
  'مرحبا بالعالم',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![i](x.png)',
  'https://example.com',
  '$$',
  '%',
  ':::',
  '<Foo />',
  'a:b',
  '\u202E',
  '\u200D',
);
const text = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), hostile), { minLength: 1, maxLength: 12 })
  .map((parts) => asCleaned(parts.join('')))
  .filter((s) => s !== '');

describe('blocksToMdx', () => {
  it('renders exactly the block text for arbitrary and hostile text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom<Block['kind']>('paragraph', 'heading', 'caption'), text), {
          minLength: 1,
          maxLength: 5,
        }),
        async (pairs) => {
          const blocks: Block[] = pairs.map(([kind, t], i) => ({ kind, text: t, line: i + 1 }));
          const rendered = await renderMdxBody(blocksToMdx(blocks));
          expect(rendered.foreign).toEqual([]);
          expect(rendered.blocks).toEqual(
            blocks.map((b) => ({
              tag: { paragraph: 'p', heading: 'h2', caption: 'figcaption' }[b.kind],
              text: b.text,
            })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['<script>alert(1)</script>'],
    ['{process.exit()}'],
    ['export const x = 1'],
    ['import fs from "node:fs"'],
    ['# not a heading'],
    ['<!-- hidden -->'],
  ])('shows %j literally, never as markup', async (t) => {
    const rendered = await renderMdxBody(blocksToMdx([{ kind: 'paragraph', text: t, line: 1 }]));
    expect(rendered).toEqual({ blocks: [{ tag: 'p', text: t }], foreign: [] });
  });
});
