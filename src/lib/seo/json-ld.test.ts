import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventJsonLd, itemListJsonLd, newsArticleJsonLd, serializeJsonLd, type ArticleFacts } from './json-ld.ts';

const article: ArticleFacts = {
  url: 'https://example.org/sources/aa/',
  headline: 'Orlov receives Brandt',
  description: 'Talks in the Palace',
  published: '2026-01-28T21:10',
  publisher: 'AA',
  lang: 'en',
};

describe('newsArticleJsonLd', () => {
  it('states headline, url, language, date and publisher', () => {
    expect(newsArticleJsonLd(article)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Orlov receives Brandt',
      url: 'https://example.org/sources/aa/',
      inLanguage: 'en',
      description: 'Talks in the Palace',
      datePublished: '2026-01-28T21:10',
      publisher: { '@type': 'Organization', name: 'AA' },
    });
  });

  it('leaves out what the article does not give', () => {
    const ld = newsArticleJsonLd({ ...article, description: '', published: '', publisher: '' });
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('publisher');
    expect(ld).not.toHaveProperty('description');
  });
});

describe('eventJsonLd', () => {
  const event = {
    url: 'https://example.org/events/lowmarsh/',
    name: 'Estovian forces at Lowmarsh',
    description: 'A base.',
    start: '2015',
    end: '2026-01-26',
    places: ['Lowmarsh'],
    tags: ['military', 'bases'],
    citedArticles: [article],
  };

  it('keeps the dates at their own precision and cites the articles', () => {
    const ld = eventJsonLd(event);
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: event.name,
      startDate: '2015',
      endDate: '2026-01-26',
      keywords: 'military, bases',
    });
    expect(ld.location).toEqual([{ '@type': 'Place', name: 'Lowmarsh' }]);
    expect(ld.subjectOf).toEqual([expect.objectContaining({ '@type': 'NewsArticle', url: article.url })]);
  });

  it('has no endDate, location or keywords when the event has none', () => {
    const ld = eventJsonLd({ ...event, end: undefined, places: [], tags: [] });
    expect(ld).not.toHaveProperty('endDate');
    expect(ld).not.toHaveProperty('location');
    expect(ld).not.toHaveProperty('keywords');
  });

  it('dates its page (datePublished, dateModified) when the history gives them, and not otherwise', () => {
    const ld = eventJsonLd({ ...event, published: '2026-01-29T08:00:00.000Z', modified: '2026-02-01T10:00:00.000Z' });
    expect(ld.mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      '@id': event.url,
      url: event.url,
      datePublished: '2026-01-29T08:00:00.000Z',
      dateModified: '2026-02-01T10:00:00.000Z',
    });
    expect(eventJsonLd(event)).not.toHaveProperty('mainEntityOfPage');
  });
});

describe('itemListJsonLd', () => {
  it('numbers the items from 1 in order', () => {
    const ld = itemListJsonLd('Timeline', [
      { url: 'https://example.org/a/', name: 'A' },
      { url: 'https://example.org/b/', name: 'B' },
    ]);
    expect(ld.numberOfItems).toBe(2);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, url: 'https://example.org/a/', name: 'A' },
      { '@type': 'ListItem', position: 2, url: 'https://example.org/b/', name: 'B' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it is written into', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script> & <!--' });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & <!--' });
  });

  it('round-trips any text and never contains < > or &', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const json = serializeJsonLd({ text });
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual({ text });
      }),
    );
  });
});
