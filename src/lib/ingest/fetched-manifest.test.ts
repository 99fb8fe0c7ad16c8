import { describe, expect, it } from 'vitest';
import { fetchedUrls, parseFetchedManifest, serializeFetchedManifest, urlKey } from './fetched-manifest.ts';

const entry = {
  url: 'https://news.example/a',
  finalUrl: 'https://www.news.example/a/',
  fetched: '2026-01-29T08:00:00.000Z',
  contentType: 'text/html; charset=utf-8',
};

describe('parseFetchedManifest', () => {
  it('reads a manifest of pages by file name', () => {
    expect(parseFetchedManifest(JSON.stringify({ 'news-example-a.html': entry }))).toEqual({
      ok: true,
      manifest: { 'news-example-a.html': entry },
    });
  });

  it.each([
    ['text that is not JSON', '{ "a": ', /^it is not valid JSON \(/],
    ['a list instead of an object', '[]', /expected record/],
    [
      'an entry without finalUrl',
      JSON.stringify({ 'a.html': { ...entry, finalUrl: undefined } }),
      /^"a\.html"\.finalUrl: /,
    ],
    [
      'a date that is not ISO 8601',
      JSON.stringify({ 'a.html': { ...entry, fetched: 'yesterday' } }),
      /^"a\.html"\.fetched: /,
    ],
    ['a URL that is not one', JSON.stringify({ 'a.html': { ...entry, url: 'news.example/a' } }), /^"a\.html"\.url: /],
  ])('says what is wrong with %s', (_, text, reason) => {
    expect(parseFetchedManifest(text)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});

describe('serializeFetchedManifest', () => {
  it('orders file names and fields, pretty-printed with a final newline', () => {
    const shuffled = {
      'b.html': {
        contentType: 'text/html',
        fetched: entry.fetched,
        finalUrl: 'https://b.example/',
        url: 'https://b.example/',
      },
      'a.html': entry,
    };
    expect(serializeFetchedManifest(shuffled)).toBe(`{
  "a.html": {
    "url": "https://news.example/a",
    "finalUrl": "https://www.news.example/a/",
    "fetched": "2026-01-29T08:00:00.000Z",
    "contentType": "text/html; charset=utf-8"
  },
  "b.html": {
    "url": "https://b.example/",
    "finalUrl": "https://b.example/",
    "fetched": "2026-01-29T08:00:00.000Z",
    "contentType": "text/html"
  }
}
`);
  });
});

describe('fetchedUrls', () => {
  it('knows a page by the URL asked for and by the URL it came from, without fragments', () => {
    const urls = fetchedUrls({ 'a.html': entry });
    expect(urls.get(urlKey('https://news.example/a#comments'))).toBe('a.html');
    expect(urls.get(urlKey('https://WWW.news.example/a/'))).toBe('a.html');
    expect(urls.has(urlKey('https://news.example/b'))).toBe(false);
  });
});
