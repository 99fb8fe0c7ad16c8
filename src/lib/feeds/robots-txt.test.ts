import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots-txt.ts';

describe('robotsTxt', () => {
  it('allows every crawler and names the sitemap index', () => {
    expect(robotsTxt('https://o.github.io/repo/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://o.github.io/repo/sitemap-index.xml\n',
    );
  });
});
