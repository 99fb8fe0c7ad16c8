import { describe, expect, it } from 'vitest';
import { pageFileName } from './page-file-name.ts';

const none = new Set<string>();

describe('pageFileName', () => {
  it.each([
    [
      'https://www.levantwire.example/world/2026/01/28/talks-resume/',
      'Ignored',
      'levantwire-example-world-2026-01-28-talks-resume.html',
    ],
    ['https://news.example/world/talks-resume.html?utm_source=rss#top', '', 'news-example-world-talks-resume.html'],
    ['https://news.example/amp/world/talks.amp', '', 'news-example-world-talks.html'],
    [
      'https://news.example/article/123456',
      'Talks resume in Moscow',
      'news-example-talks-resume-in-moscow-article-123456.html',
    ],
    ['https://news.example/123456', 'Talks resume', 'news-example-talks-resume-123456.html'],
    ['https://news.example/?p=4821', 'Talks resume', 'news-example-talks-resume.html'],
    ['https://news.example/', '', 'news-example.html'],
    ['https://ar.news.example/%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9', '', 'ar-news-example-السورية.html'],
    ['https://Café.example/Élan-Vital', '', 'cafe-example-elan-vital.html'],
  ])('%s (title %j) → %s', (url, title, name) => {
    expect(pageFileName(url, title, none)).toBe(name);
  });

  it('cuts a long name at a word, to 80 characters before .html', () => {
    const name = pageFileName(`https://news.example/${'word-'.repeat(40)}end`, '', none);
    expect(name).toBe(`news-example-${'word-'.repeat(12)}word.html`);
    expect(name.length - '.html'.length).toBeLessThanOrEqual(80);
  });

  it('adds -2, -3… until the source id is free, whatever the extension of the file that holds it', () => {
    const taken = new Set(['news-example-world-talks', 'news-example-world-talks-2']);
    expect(pageFileName('https://news.example/world/talks', '', taken)).toBe('news-example-world-talks-3.html');
  });
});
