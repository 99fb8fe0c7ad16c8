import { describe, expect, it } from 'vitest';
import { blocksToMdx } from './ingest/article-to-mdx.ts';
import { createPlainMdxRenderer } from './mdx/render-plain-mdx.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { markCitedParagraphs } from './timeline/highlight-quotes.ts';

// The markup Paragraph.astro gives a source's paragraphs, as the built first story shows it.
const render = createPlainMdxRenderer({ rehypePlugins: [rehypeParagraphIds, rehypeParagraphAnchors] });
const article = blocksToMdx([
  { kind: 'caption', text: 'Putin at the Kremlin / AP', line: 1 },
  { kind: 'paragraph', text: 'Putin met al-Sharaa on Wednesday.', line: 2 },
  { kind: 'heading', text: 'Ties', line: 3 },
  { kind: 'paragraph', text: `"We support Syria's unity," he said.`, line: 4 },
]);

describe('a source rendered at content sync', () => {
  it('numbers and anchors its paragraphs as Paragraph.astro does; a caption gets a direction only', () => {
    expect(render(article, 'content/sources/a.mdx')?.html).toBe(
      '<figure><figcaption><p dir="auto">Putin at the Kremlin / AP</p></figcaption></figure>\n' +
        '<p id="p-1" dir="auto">Putin met al-Sharaa on Wednesday.<a href="#p-1" class="paragraph-anchor" aria-label="Link to paragraph 1"></a></p>\n' +
        '<h2 id="ties">Ties</h2>\n' +
        '<p id="p-2" dir="auto">&quot;We support Syria&#39;s unity,&quot; he said.<a href="#p-2" class="paragraph-anchor" aria-label="Link to paragraph 2"></a></p>',
    );
  });

  it('marks cited paragraphs and their quoted passages, and leaves the others as they are', () => {
    const html = render(article, 'content/sources/a.mdx')!.html;
    const quote = { start: 0, end: 5, href: '/events/e/', label: `Putin's talks` };
    const marked = markCitedParagraphs(html, new Map([[2, [quote]]]));
    expect(marked).toContain(
      '<p id="p-2" dir="auto" class="cited"><a href="/events/e/" class="quote-link" data-events="Putin&#x27;s talks"><mark>"We s</mark></a>upport Syria\'s unity," he said.<a href="#p-2" class="paragraph-anchor"',
    );
    expect(marked.replace(/<p id="p-2"[^]*$/, '')).toBe(html.replace(/<p id="p-2"[^]*$/, ''));
    expect(() => markCitedParagraphs(html, new Map([[3, [quote]]]))).toThrow(/p-3 is not in the rendered source/);
  });
});
