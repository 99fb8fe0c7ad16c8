import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './absolute-url.ts';

describe.each([
  // [site, base, path, expected]
  ['https://example.org', '/', '/events/a/', 'https://example.org/events/a/'],
  ['https://example.org/', '/dateline/', '/events/a', 'https://example.org/dateline/events/a/'],
  ['https://example.org', '/dateline', '/sources/s/#p-3', 'https://example.org/dateline/sources/s/#p-3'],
  ['http://localhost:4321', '/', '/sitemap-index.xml', 'http://localhost:4321/sitemap-index.xml'],
  ['https://o.github.io', '/repo/', '/', 'https://o.github.io/repo/'],
])('absoluteUrl(%j, base %j)', (site, base, path, expected) => {
  it(`makes ${path} absolute as ${expected}`, () => {
    expect(absoluteUrl(path, site, base)).toBe(expected);
  });
});
