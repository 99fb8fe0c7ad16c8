import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../frontmatter.ts';
import type { IngestedArticle, IngestFailure } from './ingest-article.ts';
import { ingestPage, type PageOptions } from './ingest-page.ts';
import { renderMdxBody } from './render-mdx-text.test-helper.ts';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/html/${name}`, import.meta.url)));
const ingest = (name: string, options: Partial<PageOptions> = {}): IngestedArticle | IngestFailure =>
  ingestPage(fixture(name), name, { defaultLang: 'en', ...options });
const ingested = (name: string, options: Partial<PageOptions> = {}): IngestedArticle => {
  const result = ingest(name, options);
  if (!result.ok) throw new Error(`${name} was refused: ${result.reason}`);
  return result;
};
const tagOf = { paragraph: 'p', heading: 'h2', caption: 'figcaption' } as const;

// Six page templates as news sites publish them (test/fixtures/html/), each with what its markup says.
describe.each([
  {
    file: 'newsarticle-jsonld.html',
    template: 'JSON-LD NewsArticle (a wire service: cookie banner, share tools, ad slot, related links)',
    title: 'Al-Sharaa meets Putin in Moscow as Russia seeks to keep its bases',
    dek: "Syria's president held three hours of talks in the Kremlin on the future of Hmeimim and Tartus.",
    published: '2026-01-28T14:32:00Z',
    modified: '2026-01-28T18:05:12Z',
    publisher: 'Levant Wire',
    byline: 'By Maya Haddad and Oleg Petrov',
    lang: 'en',
    url: 'https://www.levantwire.example/world/middle-east/2026/01/28/al-sharaa-meets-putin-in-moscow/',
  },
  {
    file: 'opengraph-only.html',
    template: 'Open Graph only (a WordPress theme: skip link, share buttons, comments, widgets)',
    title: 'Moscow talks leave Tartus question open',
    dek: 'A long meeting, a short statement: what Damascus and Moscow did and did not agree.',
    published: '2026-01-29T07:15:00+00:00',
    modified: '2026-01-29T09:40:00+00:00',
    publisher: 'The Northern Ledger',
    byline: 'By Ruth Calder',
    lang: 'en-GB',
    url: 'https://northernledger.example/2026/01/29/moscow-talks-leave-tartus-question-open/',
  },
  {
    file: 'no-metadata.html',
    template: 'no metadata at all (a hand-made table layout: the text says it all)',
    title: "Syrian leader's Moscow trip watched closely in the valley",
    dek: '',
    published: '2026-01-28',
    modified: undefined,
    publisher: 'Valley Herald',
    byline: 'By Sam Okafor',
    lang: 'en',
    url: undefined,
  },
  {
    file: 'live-blog.html',
    template: 'a live page (LiveBlogPosting in an @graph, publisher by @id, timestamped entries)',
    title: 'Syria-Russia talks live: al-Sharaa and Putin meet in the Kremlin',
    dek: "Follow the latest as Syria's president visits Moscow",
    published: '2026-01-28T09:01:00+00:00',
    modified: '2026-01-28T17:48:00+00:00',
    publisher: 'Global Desk',
    byline: 'By Hannah Weiss',
    lang: 'en',
    url: 'https://globaldesk.example/live/2026/jan/28/syria-russia-talks-sharaa-putin-live',
  },
  {
    file: 'amp.html',
    template: 'an AMP page in French (amp-img, amp-ad, ReportageNewsArticle, canonical to the full page)',
    title: "À Moscou, Ahmed al-Charaa et Vladimir Poutine discutent de l'avenir des bases russes",
    dek: 'Le président syrien a été reçu au Kremlin pour la deuxième fois depuis la chute de Bachar Al-Assad.',
    published: '2026-01-28T19:30:00+01:00',
    modified: '2026-01-28T21:02:00+01:00',
    publisher: 'Le Quotidien du Levant',
    byline: 'By Claire Dumont',
    lang: 'fr',
    url: 'https://www.quotidien-levant.example/international/article/2026/01/28/a-moscou-al-charaa-et-poutine-discutent-des-bases-russes_6021.html',
  },
])('a saved page: $template', ({ file, template: _, ...expected }) => {
  it('ingests with the title, date, publisher, author, language and URL its markup gives', () => {
    const { frontmatter } = ingested(file);
    expect({ ...frontmatter, rawSha256: undefined, words: undefined }).toEqual({
      ...expected,
      titleDrafted: false,
      raw: file,
      rawSha256: undefined,
      words: undefined,
    });
  });

  it('writes a source file whose frontmatter reads back as ingested, and whose body renders as its blocks', async () => {
    const result = ingested(file);
    const { data, body } = splitFrontmatter(result.mdx)!;
    expect(data).toMatchObject(JSON.parse(JSON.stringify(result.frontmatter)));
    const rendered = await renderMdxBody(body);
    expect(rendered.foreign).toEqual([]);
    expect(rendered.blocks).toEqual(result.blocks.map((b) => ({ tag: tagOf[b.kind], text: b.text })));
  });

  it('is ingested the same way twice (idempotent)', () => {
    expect(ingested(file).mdx).toBe(ingested(file).mdx);
  });
});

describe('a saved page: the article keeps its structure', () => {
  it('turns headings into headings, and quotations and list items into paragraphs, in page order', () => {
    const blocks = ingested('newsarticle-jsonld.html').blocks.map((b) => [b.kind, b.text.slice(0, 40)]);
    expect(blocks).toEqual([
      ['paragraph', 'Syrian President Ahmed al-Sharaa met Rus'],
      ['paragraph', 'The two leaders spoke for about three ho'],
      ['heading', 'Bases on the table'],
      ['paragraph', 'Russia has kept a reduced presence at bo'],
      ['paragraph', 'We are not closing any door, but the ter'],
      ['paragraph', 'That line, from a Syrian official who sp'],
      ['paragraph', 'Among the issues the two sides listed in'],
      ['paragraph', 'deliveries of Russian wheat and fuel;'],
      ['paragraph', 'the return of Syrian assets frozen in Ru'],
      ['paragraph', 'the future of the Russian troops station'],
      ['paragraph', 'Analysts said neither side could afford '],
      ['paragraph', 'The Kremlin said the talks would continu'],
    ]);
  });

  it('reports the chrome it took out of the article, by block', () => {
    expect(ingested('newsarticle-jsonld.html').removed.map((r) => [r.rule, r.line.text])).toEqual([
      ['advertisement', 'Advertisement'],
    ]);
    expect(ingested('opengraph-only.html').removed.map((r) => [r.rule, r.line.text])).toEqual([
      ['skip link', 'Skip to content'],
    ]);
  });

  it('keeps h3 section heads of a WordPress post as headings', () => {
    const headings = ingested('opengraph-only.html').blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => b.text)).toEqual(['A lease nobody wants to defend', 'Grain first']);
  });

  it('keeps every entry of a live page, newest first, with its time and headline', () => {
    const blocks = ingested('live-blog.html').blocks;
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Talks over after three hours',
      'Delegations sit down',
      'Al-Sharaa lands in Moscow',
    ]);
    expect(blocks.filter((b) => /^\d\d\.\d\d GMT$/.test(b.text)).map((b) => b.text)).toEqual([
      '17.48 GMT',
      '14.05 GMT',
      '09.01 GMT',
    ]);
  });

  it('takes the printed standfirst and byline of an AMP page out of the body, and keeps its photo caption', () => {
    const result = ingested('amp.html');
    expect(result.blocks[0]).toEqual({
      kind: 'caption',
      text: 'Vladimir Poutine et Ahmed al-Charaa au Kremlin, à Moscou, le 28 janvier 2026.',
      line: 3,
    });
    expect(result.removed.map((r) => [r.rule, r.line.text])).toEqual([
      ['byline', 'Par Claire Dumont (Moscou, correspondante)'],
    ]);
  });

  it('reads the dateline, byline and sign-off of a page without metadata from its text, as for a .txt file', () => {
    expect(ingested('no-metadata.html').removed.map((r) => [r.rule, r.line.text])).toEqual([
      ['dateline', 'Wednesday, January 28, 2026'],
      ['byline', 'By Sam Okafor'],
      ['sign-off', 'Valley Herald'],
    ]);
  });
});

describe('a saved page: where it was fetched from', () => {
  it('takes the fetched URL (fetched.json’s finalUrl) when the page names no canonical URL, and says so', () => {
    const result = ingested('no-metadata.html', { fetchedUrl: 'https://valleyherald.example/world/moscow-trip.html' });
    expect(result.frontmatter.url).toBe('https://valleyherald.example/world/moscow-trip.html');
    expect(result.notes).toContain('the page names no canonical URL: url is the address it was fetched from');
  });

  it('keeps the canonical URL over the fetched one', () => {
    const result = ingested('newsarticle-jsonld.html', { fetchedUrl: 'https://levantwire.example/amp/12345' });
    expect(result.frontmatter.url).toBe(
      'https://www.levantwire.example/world/middle-east/2026/01/28/al-sharaa-meets-putin-in-moscow/',
    );
  });

  it('reads the bytes in the character set the page was served with', () => {
    const page = new TextDecoder().decode(fixture('no-metadata.html')).replace('Khoury', 'Khouré');
    const bytes = Uint8Array.from([...page].map((c) => c.charCodeAt(0)));
    const result = ingestPage(bytes, 'latin.html', { defaultLang: 'en', contentType: 'text/html; charset=iso-8859-1' });
    expect(result).toMatchObject({ ok: true, notes: ['read in the character set the page declares, windows-1252'] });
    expect((result as IngestedArticle).blocks[1]!.text).toContain('owner Rami Khouré kept');
  });
});

describe('a saved page that is no article is refused with a reason', () => {
  it.each([
    [
      'a paywall stub with only a standfirst',
      'paywall-stub.html',
      /^too little article text: \d+ words besides the headline and standfirst, where the shortest news item has 80, and the page marks itself as for subscribers only\. .*save the page once the whole article shows/,
    ],
    ['a photo gallery', 'photo-gallery.html', /^the page has no sentences .*a photo gallery/],
  ])('%s', (_, file, reason) => {
    expect(ingest(file)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });

  it.each([
    [
      'an image saved as a page',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
      /^the file is binary/,
    ],
    [
      'an empty page',
      new TextEncoder().encode('<!doctype html><html><body></body></html>'),
      /^the page has no sentences/,
    ],
  ])('%s', (_, bytes, reason) => {
    expect(ingestPage(bytes, 'x.html', { defaultLang: 'en' })).toEqual({
      ok: false,
      reason: expect.stringMatching(reason),
    });
  });
});

describe('a hostile page: nothing of its markup or script reaches the source file', () => {
  const result = ingested('hostile.html');
  const text = result.blocks.map((b) => b.text).join('\n');

  it('keeps markup-looking text as text, and its rendering equals the ingested blocks', async () => {
    const rendered = await renderMdxBody(splitFrontmatter(result.mdx)!.body);
    expect(rendered.foreign).toEqual([]);
    expect(rendered.blocks).toEqual(result.blocks.map((b) => ({ tag: tagOf[b.kind], text: b.text })));
    expect(result.blocks.map((b) => b.text)).toEqual(
      expect.arrayContaining([
        "{import('child_process').then(m => m.exec('rm -rf /'))} was the third line, an expression that MDX would run if it were not escaped.",
        'export const secret = process.env.TOKEN; was the fourth line, written to look like a module export.',
        'import fs from "node:fs" opened the fifth line, which read like the start of a JavaScript module.',
        'The sixth line was a component, <Component prop={window.secret} />, and the seventh a closing tag, </div>, on its own.',
        'A second line of the memo read click here to claim your prize, which officials said was a phishing attempt.',
      ]),
    );
  });

  it.each([
    'document.write',
    'Styled text',
    'inline script',
    'Noscript',
    'Template',
    'SVG',
    'Form text',
    'Hidden text',
    'Object fallback',
    'Commented-out',
    'alt text',
  ])('leaves out what a reader never sees: %s', (marker) => {
    expect(text).not.toContain(marker);
  });

  it('takes no URL but http(s), and keeps markup in metadata as text', () => {
    expect(result.frontmatter).toMatchObject({
      title: "Leaked memo shows <script>alert(1)</script> in {import('fs')} headline",
      publisher: 'Hostile <b>Wire</b>',
      byline: 'By Eve <img src=x onerror=alert(1)>',
      url: 'https://evil.example/page?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    });
    const { data } = splitFrontmatter(result.mdx)!;
    expect(data['title']).toBe("Leaked memo shows <script>alert(1)</script> in {import('fs')} headline");
  });
});

// Fragments of markup, MDX and script, for random pages.
const fragment = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)" onclick="x()">link</a>',
  '<Component prop={x} />',
  '&lt;Component prop={x} /&gt;',
  '{import("fs")}',
  '{',
  '}',
  'export const a = 1',
  'import x from "y"',
  '&lt;script&gt;',
  '&amp;lt;',
  '# ',
  '&gt; ',
  '- ',
  '[a](javascript:alert(1))',
  '`',
  '\\',
  '|',
  '<b>bold</b>',
  '<br>',
  '<q>quoted</q>',
  '<!-- c -->',
  '<style>p{}</style>',
  '\u202E',
  'مرحبا',
  'the',
  'delegates',
  'said',
  ' ',
);
const paragraph = fc
  .array(fragment, { minLength: 1, maxLength: 10 })
  .map((parts) => `<p>Officials said ${parts.join(' ')} in a statement issued on Wednesday by the ministry.</p>`);
const filler =
  '<p>Delegations from both countries met in the capital on Wednesday for a third round of talks on trade, energy and the future of the bases, officials said after the meeting ended.</p><p>The next round is expected in March, when the ministers of energy and of trade are due to join the talks, according to a statement from the foreign ministry.</p>';

it('keeps random hostile markup out of the source file, whatever the page (property)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 5 }), async (paragraphs) => {
      const html = `<!doctype html><html lang="en"><head><title>Talks</title></head><body><article><h1>Talks resume</h1>${filler}${paragraphs.join('')}${filler}</article></body></html>`;
      const result = ingestPage(new TextEncoder().encode(html), 'random.html', { defaultLang: 'en' });
      if (!result.ok) throw new Error(`a page of prose was refused: ${result.reason}`);
      const rendered = await renderMdxBody(splitFrontmatter(result.mdx)!.body);
      expect(rendered.foreign).toEqual([]);
      expect(rendered.blocks).toEqual(result.blocks.map((b) => ({ tag: tagOf[b.kind], text: b.text })));
      expect(result.blocks.map((b) => b.text).join('\n')).not.toMatch(/alert\(1\)<\/script>|onerror|onclick/);
    }),
    { numRuns: 100 },
  );
});
