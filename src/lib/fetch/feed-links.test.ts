import { describe, expect, it } from 'vitest';
import { feedLinks } from './feed-links.ts';

const feedUrl = 'https://news.example/feeds/world.xml';

describe('feedLinks', () => {
  it('reads an RSS 2.0 feed: links, permalink guids, relative links, duplicates and CDATA', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>World &amp; Middle East</title>
    <link>https://news.example/world/</link>
    <atom:link href="https://news.example/feeds/world.xml" rel="self" type="application/rss+xml"/>
    <item><title>One</title><link>https://news.example/world/one</link><guid isPermaLink="false">id-1</guid></item>
    <item><title>Two</title><link><![CDATA[ https://news.example/world/two?utm_source=rss ]]></link></item>
    <item><title>Three</title><guid>https://news.example/world/three</guid></item>
    <item><title>Four</title><link>/world/four</link></item>
    <item><title>Five</title><guid isPermaLink="false">tag:news.example,2026:5</guid></item>
    <item><title>One again</title><link>https://news.example/world/one</link></item>
    <item><title>Mail</title><link>mailto:desk@news.example</link></item>
  </channel>
</rss>`;
    expect(feedLinks(xml, feedUrl)).toEqual({
      ok: true,
      title: 'World & Middle East',
      links: [
        'https://news.example/world/one',
        'https://news.example/world/two?utm_source=rss',
        'https://news.example/world/three',
        'https://news.example/world/four',
      ],
    });
  });

  it('reads an Atom feed: the alternate link of each entry, relative to the feed', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Desk</title>
  <link rel="self" href="https://news.example/atom.xml"/>
  <entry><title>A</title><link rel="alternate" type="text/html" href="https://news.example/a"/><link rel="replies" href="https://news.example/a#comments"/></entry>
  <entry><title>B</title><link rel="enclosure" href="https://news.example/b.mp3"/><link href="b.html"/></entry>
  <entry><title>C</title></entry>
</feed>`;
    expect(feedLinks(xml, feedUrl)).toEqual({
      ok: true,
      title: 'Desk',
      links: ['https://news.example/a', 'https://news.example/feeds/b.html'],
    });
  });

  it('reads an RSS 1.0 (RDF) feed', () => {
    const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://news.example/"><title>Old feed</title><link>https://news.example/</link></channel>
  <item rdf:about="https://news.example/x"><title>X</title><link>https://news.example/x</link></item>
</rdf:RDF>`;
    expect(feedLinks(xml, feedUrl)).toEqual({ ok: true, title: 'Old feed', links: ['https://news.example/x'] });
  });

  it('reads the links a feed cut short still holds', () => {
    const xml = '<rss version="2.0"><channel><item><link>https://news.example/a</link></item><item><link>https://news';
    expect(feedLinks(xml, feedUrl)).toEqual({ ok: true, title: '', links: ['https://news.example/a'] });
  });

  it.each([
    [
      'an HTML page',
      '<!doctype html><html><body><p>Hello<br></p></body></html>',
      /not an RSS or Atom feed|neither an RSS nor an Atom feed/,
    ],
    [
      'XML of another kind',
      '<?xml version="1.0"?><sitemap><loc>https://news.example/</loc></sitemap>',
      /neither an RSS nor an Atom feed/,
    ],
    ['nothing', '', /^it is neither an RSS nor an Atom feed/],
  ])('refuses %s', (_, xml, reason) => {
    expect(feedLinks(xml, feedUrl)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});
