/**
 * Every internal reference of every built page (links, stylesheets, images, scripts) resolves to a
 * file in the build, and every fragment to an element of that page. One crawl of all pages, which
 * names each broken reference with its page.
 */
import { expect, test } from '@playwright/test';
import { selectAll } from 'hast-util-select';
import { brokenReason, parsed } from './resolve.ts';
import { listPages } from './site.ts';

// Links are resolved against this stand-in origin; anything on another origin is external.
const origin = 'http://dateline.invalid';

test.describe('internal links', { tag: ['@base', '@sites'] }, () => {
  test('every internal link on every page resolves', () => {
    const pages = listPages();
    expect(pages.length, 'the build has no pages').toBeGreaterThan(0);
    const broken: string[] = [];
    for (const { file, path } of pages) {
      const references = selectAll('a[href], link[href], img[src], script[src], source[src]', parsed(file));
      for (const element of references) {
        const value = String(element.properties['href'] ?? element.properties['src']);
        const url = new URL(value, `${origin}${path}`);
        if (url.origin !== origin) continue;
        const reason = brokenReason(url);
        if (reason) broken.push(`${path}: <${element.tagName}> ${value}: ${reason}`);
      }
    }
    expect(broken, 'broken internal links, by page').toEqual([]);
  });
});
