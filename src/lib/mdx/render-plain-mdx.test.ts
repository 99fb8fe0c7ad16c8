import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import mdxRenderer from '@astrojs/mdx/server.js';
import { evaluate } from '@mdx-js/mdx';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as runtime from 'astro/jsx-runtime';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToMdx } from '../ingest/article-to-mdx.ts';
import { renderPlainMdx } from './render-plain-mdx.ts';

// The oracle: MDX compiled by @mdx-js/mdx with Astro's heading ids, rendered by Astro's own
// renderer, as @astrojs/mdx renders an entry's `<Content />`.
const container = await AstroContainer.create();
container.addServerRenderer({ renderer: mdxRenderer });
async function astroRenders(body: string): Promise<string> {
  const { default: Content } = await evaluate(body, {
    ...runtime,
    development: false,
    rehypePlugins: [rehypeHeadingIds],
  } as never);
  return container.renderToString(Content as never);
}

describe('renderPlainMdx', () => {
  it('renders prose exactly as Astro renders the MDX: escapes, inline marks, links, lists, headings, breaks', async () => {
    const bodies = [
      // What extract writes: the summary through the MDX serializer, every special character escaped.
      blocksToMdx([{ kind: 'paragraph', text: `The presidents' "October" meeting {5 > 3} & <b>more</b>`, line: 1 }]),
      blocksToMdx([{ kind: 'paragraph', text: 'import x from "y"; export const z = 1', line: 1 }]),
      // What ingest writes for an article: a caption (a figure), a heading, paragraphs.
      blocksToMdx([
        { kind: 'caption', text: "Putin said Syria–Russia ties are <b>developing</b> / AP's", line: 1 },
        { kind: 'heading', text: 'Historic Russia-Syria ties', line: 2 },
        { kind: 'paragraph', text: 'First {paragraph}.', line: 3 },
        { kind: 'paragraph', text: '"Second" & last', line: 4 },
      ]),
      "a *b* **c** `d<e>` [l](https://x.y/?a=1&b='2'\"3 \"t&'\")\n\n## Head 'x'\n\n- one\n- two\n\n> q\n\n***\n\n1. x\n2. y",
      'line one  \nline two\\\nthree',
      '1. a\n\n   para\n\n2. b',
      '* [x](/rel "t")',
      'الرئيس أحمد الشرع في موسكو — «زيارة» 2025',
    ];
    for (const body of bodies) expect(renderPlainMdx(body)?.html, body).toBe(await astroRenders(body));
  });

  it('matches Astro on any text extract could write', async () => {
    const text = fc.stringMatching(/^[a-zA-Z0-9 .,;:!?'"&<>{}()[\]*_`#\\\-+=|~^$%@/éё…«»—]{1,60}$/);
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const body = blocksToMdx([{ kind: 'paragraph', text: t, line: 1 }]);
        expect(renderPlainMdx(body)?.html).toBe(await astroRenders(body));
      }),
      { numRuns: 150, seed: 17 },
    );
  });

  it('collects headings as @astrojs/mdx does', () => {
    expect(renderPlainMdx('## One\n\ntext\n\n### Two *b*')?.metadata.headings).toEqual([
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 3, slug: 'two-b', text: 'Two b' },
    ]);
  });

  it('leaves anything beyond prose, and invalid MDX, to @astrojs/mdx', () => {
    for (const body of [
      'A <Chart data={x} /> here',
      '<aside>note</aside>',
      '<figure class="wide">\n  <figcaption>x</figcaption>\n</figure>',
      '<figure>\n  <Chart />\n</figure>',
      'Sum: {1 + 1}',
      "import Chart from './chart.astro'\n\ntext",
      '![map](./map.png)',
      '```js\nlet x = 1\n```',
      'see [the report][r]\n\n[r]: https://example.org',
      'broken {',
      'broken <b>',
    ])
      expect(renderPlainMdx(body), body).toBeUndefined();
  });
});
