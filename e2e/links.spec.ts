import { expect, test } from '@playwright/test';
import { selectAll } from 'hast-util-select';
import { brokenReason, parsed } from './resolve.ts';
import { listPages } from './site.ts';

// Links are resolved against this stand-in origin; anything on another origin is external.
const origin = 'http://dateline.invalid';

for (const { file, path } of listPages()) {
  test(`every internal link on ${path} resolves`, () => {
    const references = selectAll('a[href], link[href], img[src], script[src], source[src]', parsed(file));
    const broken: string[] = [];
    for (const element of references) {
      const value = String(element.properties['href'] ?? element.properties['src']);
      const url = new URL(value, `${origin}${path}`);
      if (url.origin !== origin) continue;
      const reason = brokenReason(url);
      if (reason) broken.push(`<${element.tagName}> ${value}: ${reason}`);
    }
    expect(broken, `broken internal links on ${path}`).toEqual([]);
  });
}
