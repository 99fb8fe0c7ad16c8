import { describe, expect, it } from 'vitest';
import { withBase } from './with-base.ts';

describe.each([
  // [base, path, expected]
  ['/', '/', '/'],
  ['/', '', '/'],
  ['/', '/sources/', '/sources/'],
  ['/', '/sources', '/sources/'],
  ['/', 'sources', '/sources/'],
  ['/', '/sources/rt-2026-01-28/#p-3', '/sources/rt-2026-01-28/#p-3'],
  ['/', '/sources/rt-2026-01-28#p-3', '/sources/rt-2026-01-28/#p-3'],
  ['/', '/#1944-diplomatic-relations', '/#1944-diplomatic-relations'],
  ['/', '/events.json', '/events.json'],
  ['/', '/search/?q=harbour', '/search/?q=harbour'],
  ['/dateline/', '/', '/dateline/'],
  ['/dateline/', '', '/dateline/'],
  ['/dateline/', '/sources/', '/dateline/sources/'],
  ['/dateline/', 'sources', '/dateline/sources/'],
  ['/dateline/', '/sources/aa-2026-01-28/#p-2', '/dateline/sources/aa-2026-01-28/#p-2'],
  ['/dateline/', '/events.json', '/dateline/events.json'],
  ['/dateline/', '/sitemap-index.xml', '/dateline/sitemap-index.xml'],
  ['/dateline', '/sources/', '/dateline/sources/'],
  ['dateline', '/rss.xml', '/dateline/rss.xml'],
  ['/a/b/', '/tags/harbour', '/a/b/tags/harbour/'],
])('withBase with base %j', (base, path, expected) => {
  it(`maps ${JSON.stringify(path)} to ${JSON.stringify(expected)}`, () => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe.each([['#main'], ['https://example.org/story/'], ['//cdn.example.org/x.js'], ['mailto:editor@example.org']])(
  'withBase leaves %j alone',
  (path) => {
    it('returns it unchanged', () => {
      expect(withBase(path, '/dateline/')).toBe(path);
    });
  },
);

describe('withBase default base', () => {
  it("uses import.meta.env.BASE_URL ('/' under Vitest)", () => {
    expect(withBase('/sources')).toBe('/sources/');
  });
});
