import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots-txt.ts';

describe('robotsTxt', () => {
  it('allows every crawler and names the sitemap index', () => {
    expect(robotsTxt('https://o.github.io/repo/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://o.github.io/repo/sitemap-index.xml\n',
    );
  });

  it('names each sitemap index of a multi-story site, in the order given', () => {
    expect(robotsTxt(['https://news.example/sitemap-index.xml', 'https://news.example/flood/sitemap-index.xml'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example/sitemap-index.xml\nSitemap: https://news.example/flood/sitemap-index.xml\n',
    );
  });
});
