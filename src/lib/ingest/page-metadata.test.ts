import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normalizeMarkupDate, readPageMetadata, type PageMetadata } from './page-metadata.ts';

const read = (head: string, body = '', pageUrl?: string): PageMetadata =>
  readPageMetadata(parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document, pageUrl);
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMetadata: JSON-LD', () => {
  it('reads an Article in an @graph, following @id references to its publisher and author', () => {
    const meta = read(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'Harbour Post' },
          { '@type': 'Person', '@id': '#ana', name: 'Ana Lima' },
          {
            '@type': ['Article', 'NewsArticle'],
            headline: 'Port reopens',
            publisher: { '@id': '#org' },
            author: { '@id': '#ana' },
            datePublished: '2026-02-01T08:00:00.123+0200',
          },
        ],
      }),
    );
    expect(meta).toMatchObject({
      title: 'Port reopens',
      publisher: 'Harbour Post',
      authors: ['Ana Lima'],
      published: '2026-02-01T08:00:00+02:00',
      type: 'NewsArticle',
    });
  });

  it.each([
    [
      'a top-level array',
      [
        { '@type': 'WebSite', name: 'Site' },
        { '@type': 'ReportageNewsArticle', headline: 'A' },
      ],
      'ReportageNewsArticle',
    ],
    ['a prefixed type', { '@type': 'schema:LiveBlogPosting', headline: 'A' }, 'LiveBlogPosting'],
    [
      'a WebPage whose mainEntity is the article',
      { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'A' } },
      'NewsArticle',
    ],
  ])('finds the article in %s', (_, value, type) => {
    expect(read(ld(value))).toMatchObject({ title: 'A', type });
  });

  it('takes author names from strings, objects and arrays, and decodes escaped references', () => {
    const meta = read(
      ld({
        '@type': 'NewsArticle',
        author: ['Jo Bloggs', { name: 'Sam &amp; Co' }],
        headline: 'Rock &#8217;n&#8217; roll',
      }),
    );
    expect(meta).toMatchObject({ authors: ['Jo Bloggs', 'Sam & Co'], title: 'Rock ’n’ roll' });
  });

  it('ignores JSON-LD that does not parse, and types that are no article', () => {
    const meta = read(
      `<script type="application/ld+json">{ not json</script>${ld({ '@type': 'Recipe', name: 'Soup' })}<title>Fallback</title>`,
    );
    expect(meta).toMatchObject({ title: 'Fallback', type: '' });
  });

  it('reads a coverage start as the publication of a live page without datePublished', () => {
    expect(read(ld({ '@type': 'LiveBlogPosting', coverageStartTime: '2026-01-28T09:00:00Z' })).published).toBe(
      '2026-01-28T09:00:00Z',
    );
  });

  it.each([
    [false, true],
    ['False', true],
    [true, false],
    [undefined, false],
  ])('isAccessibleForFree %j → paywalled %j', (free, paywalled) => {
    expect(read(ld({ '@type': 'NewsArticle', isAccessibleForFree: free })).paywalled).toBe(paywalled);
  });
});

describe('readPageMetadata: meta tags and markup', () => {
  it('reads Open Graph and article:* tags, skipping an article:author that is a profile URL', () => {
    const meta = read(`
      <meta property="og:title" content="Bridge closed">
      <meta property="og:site_name" content="Ledger">
      <meta property="og:description" content="Repairs start Monday.">
      <meta property="article:published_time" content="2026-03-02">
      <meta property="article:modified_time" content="2026-03-03T10:00:00Z">
      <meta property="article:author" content="https://facebook.example/someone">
      <meta name="author" content="Kim Park">
      <meta name="author" content="Lee Chan">
      <meta property="og:url" content="https://ledger.example/bridge">`);
    expect(meta).toEqual({
      title: 'Bridge closed',
      dek: 'Repairs start Monday.',
      published: '2026-03-02',
      modified: '2026-03-03T10:00:00Z',
      publisher: 'Ledger',
      authors: ['Kim Park', 'Lee Chan'],
      lang: '',
      url: 'https://ledger.example/bridge',
      type: '',
      paywalled: false,
    });
  });

  it('prefers JSON-LD to meta tags, and meta tags to the document', () => {
    const meta = read(
      `${ld({ '@type': 'NewsArticle', headline: 'From JSON-LD' })}<meta property="og:title" content="From OG"><title>From title</title>`,
      '<h1>From h1</h1>',
    );
    expect(meta.title).toBe('From JSON-LD');
  });

  it.each([
    [
      'the article’s h1 before a site h1',
      '<title>T</title>',
      '<h1>Site</h1><article><h1>Story</h1></article>',
      'Story',
    ],
    [
      '<title> without the site name',
      '<title>Story here | Ledger</title><meta property="og:site_name" content="Ledger">',
      '',
      'Story here',
    ],
    [
      '<title> with the site name first',
      '<title>Ledger – Story here</title><meta property="og:site_name" content="Ledger">',
      '',
      'Story here',
    ],
    [
      '<title> kept whole when the suffix is not the publisher',
      '<title>Putin - Sharaa talks</title>',
      '',
      'Putin - Sharaa talks',
    ],
  ])('takes the title from %s', (_, head, body, title) => {
    expect(read(head, body).title).toBe(title);
  });

  it.each([
    ['<time pubdate>', '', '<time pubdate datetime="2026-01-05">5 Jan</time>', '2026-01-05'],
    [
      'the article’s <time datetime>',
      '',
      '<time datetime="2020-01-01">old</time><article><time datetime="2026-01-06T10:00">x</time></article>',
      '2026-01-06T10:00',
    ],
    ['itemprop="datePublished"', '', '<span itemprop="datePublished" content="2026-01-07">7 Jan</span>', '2026-01-07'],
    ['a printed date in a meta tag', '<meta name="date" content="January 8, 2026">', '', '2026-01-08'],
  ])('reads the date from %s', (_, head, body, published) => {
    expect(read(head, body).published).toBe(published);
  });

  it.each([
    ['<html lang>', '<html lang="ar"><head></head></html>', 'ar'],
    ['og:locale with an underscore', '<html><head><meta property="og:locale" content="en_GB"></head></html>', 'en-GB'],
    ['Content-Language', '<html><head><meta http-equiv="Content-Language" content="de-at"></head></html>', 'de-AT'],
    ['a tag that is no language', '<html lang="not a language!"><head></head></html>', ''],
  ])('reads the language from %s', (_, html, lang) => {
    expect(readPageMetadata(parseHTML(html).document).lang).toBe(lang);
  });

  it.each([
    [
      'a relative canonical link against the page URL',
      '<link rel="canonical" href="/a/b">',
      'https://news.example/x?y',
      'https://news.example/a/b',
    ],
    ['a relative canonical link without a page URL', '<link rel="canonical" href="/a/b">', undefined, ''],
    ['a javascript: canonical link', '<link rel="canonical" href="javascript:alert(1)">', 'https://news.example/', ''],
    ['a data: og:url', '<meta property="og:url" content="data:text/html,x">', undefined, ''],
    [
      'a canonical link before og:url',
      '<meta property="og:url" content="https://b.example/"><link rel="canonical" href="https://a.example/">',
      undefined,
      'https://a.example/',
    ],
  ])('reads the URL from %s', (_, head, pageUrl, url) => {
    expect(read(head, '', pageUrl).url).toBe(url);
  });
});

describe('normalizeMarkupDate', () => {
  it.each([
    ['2026-01-28', '2026-01-28'],
    ['2026-01-28T21:10', '2026-01-28T21:10'],
    ['2026-01-28T21:10:05Z', '2026-01-28T21:10:05Z'],
    ['2026-01-28T21:10:00.000Z', '2026-01-28T21:10:00Z'],
    ['2026-01-28T21:10:00+0300', '2026-01-28T21:10:00+03:00'],
    ['2026-01-28T21:10:00-05', '2026-01-28T21:10:00-05:00'],
    ['2026-01-28 21:10:00 +03:00', '2026-01-28T21:10:00+03:00'],
    ['  2026-01-28T21:10z ', '2026-01-28T21:10Z'],
    ['January 28, 2026', '2026-01-28'],
    ['Wed, 28 Jan 2026 21:10:00 GMT', '2026-01-28T21:10'],
    ['2026-02-30', ''],
    ['2026-01-28T25:00', ''],
    ['yesterday', ''],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(normalizeMarkupDate(value)).toBe(expected);
  });
});
